#ifndef KG_CPREFETCH_DENSE_ROWS_H
#define KG_CPREFETCH_DENSE_ROWS_H

#include <stdint.h>

#if defined(__x86_64__)
#include <cpuid.h>
#endif

// Sums of a weight table's dense rows of 16-bit weights, eight labels at a time, with AVX2 where
// the CPU has it. Swift builds for the baseline x86-64 (SSE2), which has no instruction to widen
// eight 16-bit weights to 32 bits: its sums took seven instructions per row and eight labels,
// AVX2 takes two (`vpmovsxwd` from memory, `vpaddd`). The sums are of integers, so they are the
// same whatever adds them.

// Eight 16-bit weights read from any address, and eight 32-bit sums.
typedef int16_t kg_weights8 __attribute__((vector_size(16), aligned(2)));
typedef int32_t kg_sums8 __attribute__((vector_size(32), aligned(4)));

// Whether this CPU and the system running it can use AVX2 (the system must save the wide
// registers, XCR0 bits 1 and 2, as well as the CPU having the instructions).
static inline int kg_has_avx2(void) {
#if defined(__x86_64__)
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const unsigned int osxsave = 1u << 27, avx = 1u << 28;
    if ((ecx & osxsave) == 0 || (ecx & avx) == 0) return 0;
    unsigned int xcr0Low, xcr0High;
    __asm__ volatile("xgetbv" : "=a"(xcr0Low), "=d"(xcr0High) : "c"(0));
    if ((xcr0Low & 6u) != 6u) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, eax, ebx, ecx, edx);
    return (ebx & (1u << 5)) != 0;
#else
    return 0;
#endif
}

#if defined(__x86_64__)
// Chunk `k`'s add of a row to its sums, and its store, in a pass of `N` chunks (no code when k >= N).
#define KG_DENSE_ROWS_ADD(N, k) \
    if (N > k) s##k += __builtin_convertvector(*(const kg_weights8 *)(row + 8 * k), kg_sums8);
#define KG_DENSE_ROWS_STORE(N, k) \
    if (N > k) *(kg_sums8 *)(sums + 8 * k) = s##k;
// The sums over `rows` of `N` chunks of eight labels, starting at `start` in each row, to
// `sums[0 ..< 8 * N]`: one pass over the rows for all `N` chunks, their sums kept in registers
// (fourteen chunks' sums and a row's load fit AVX2's sixteen registers). A pass reads each row's
// number and makes its address once for every chunk it adds.
#define KG_DENSE_ROWS_PASS(N)                                                                              \
    __attribute__((target("avx2"), always_inline)) static inline void kg_sum_dense_rows_pass_##N(         \
        const int16_t *start, intptr_t width, const uint32_t *rows, intptr_t rowCount, int32_t *sums) {    \
        kg_sums8 s0 = {0}, s1 = {0}, s2 = {0}, s3 = {0}, s4 = {0}, s5 = {0}, s6 = {0};                       \
        kg_sums8 s7 = {0}, s8 = {0}, s9 = {0}, s10 = {0}, s11 = {0}, s12 = {0}, s13 = {0};                 \
        for (intptr_t r = 0; r < rowCount; r++) {                                                          \
            const int16_t *row = start + (intptr_t)rows[r] * width;                                        \
            KG_DENSE_ROWS_ADD(N, 0) KG_DENSE_ROWS_ADD(N, 1) KG_DENSE_ROWS_ADD(N, 2) KG_DENSE_ROWS_ADD(N, 3)            \
            KG_DENSE_ROWS_ADD(N, 4) KG_DENSE_ROWS_ADD(N, 5) KG_DENSE_ROWS_ADD(N, 6) KG_DENSE_ROWS_ADD(N, 7)            \
            KG_DENSE_ROWS_ADD(N, 8) KG_DENSE_ROWS_ADD(N, 9) KG_DENSE_ROWS_ADD(N, 10) KG_DENSE_ROWS_ADD(N, 11)          \
            KG_DENSE_ROWS_ADD(N, 12) KG_DENSE_ROWS_ADD(N, 13)                                                    \
        }                                                                                                  \
        KG_DENSE_ROWS_STORE(N, 0) KG_DENSE_ROWS_STORE(N, 1) KG_DENSE_ROWS_STORE(N, 2) KG_DENSE_ROWS_STORE(N, 3)        \
        KG_DENSE_ROWS_STORE(N, 4) KG_DENSE_ROWS_STORE(N, 5) KG_DENSE_ROWS_STORE(N, 6) KG_DENSE_ROWS_STORE(N, 7)        \
        KG_DENSE_ROWS_STORE(N, 8) KG_DENSE_ROWS_STORE(N, 9) KG_DENSE_ROWS_STORE(N, 10) KG_DENSE_ROWS_STORE(N, 11)      \
        KG_DENSE_ROWS_STORE(N, 12) KG_DENSE_ROWS_STORE(N, 13)                                                    \
    }
KG_DENSE_ROWS_PASS(1)
KG_DENSE_ROWS_PASS(2)
KG_DENSE_ROWS_PASS(3)
KG_DENSE_ROWS_PASS(4)
KG_DENSE_ROWS_PASS(5)
KG_DENSE_ROWS_PASS(6)
KG_DENSE_ROWS_PASS(7)
KG_DENSE_ROWS_PASS(8)
KG_DENSE_ROWS_PASS(9)
KG_DENSE_ROWS_PASS(10)
KG_DENSE_ROWS_PASS(11)
KG_DENSE_ROWS_PASS(12)
KG_DENSE_ROWS_PASS(13)
KG_DENSE_ROWS_PASS(14)
#undef KG_DENSE_ROWS_PASS
#undef KG_DENSE_ROWS_ADD
#undef KG_DENSE_ROWS_STORE

// For each of `chunkCount` chunks of eight labels starting at label `firstChunk * 8`, the sums over
// `rows` (row numbers of a table of rows `width` weights long) of their weights: chunk `k`'s
// eight sums go to `sums[8 * k ..< 8 * k + 8]`. Up to fourteen chunks in one pass over the rows
// (more in passes of eight first): the parser's arcs of one direction are seven chunks, both
// directions thirteen, the tagger's labels fourteen, each one pass, where passes of four chunks and
// then of one reread every row's number and address for each pass. Call only where
// `kg_has_avx2()`; every row and chunk must be inside the table, and the sums must not overflow
// (fewer than 2^15 rows of 16-bit weights).
__attribute__((target("avx2")))
static inline void kg_sum_dense_rows_avx2(
    const int16_t *table, intptr_t width, const uint32_t *rows, intptr_t rowCount,
    intptr_t firstChunk, intptr_t chunkCount, int32_t *sums
) {
    intptr_t chunk = 0;
    for (; chunkCount - chunk > 14; chunk += 8) {
        kg_sum_dense_rows_pass_8(table + (firstChunk + chunk) * 8, width, rows, rowCount, sums + chunk * 8);
    }
    const int16_t *start = table + (firstChunk + chunk) * 8;
    int32_t *rest = sums + chunk * 8;
    switch (chunkCount - chunk) {
    case 14: kg_sum_dense_rows_pass_14(start, width, rows, rowCount, rest); break;
    case 13: kg_sum_dense_rows_pass_13(start, width, rows, rowCount, rest); break;
    case 12: kg_sum_dense_rows_pass_12(start, width, rows, rowCount, rest); break;
    case 11: kg_sum_dense_rows_pass_11(start, width, rows, rowCount, rest); break;
    case 10: kg_sum_dense_rows_pass_10(start, width, rows, rowCount, rest); break;
    case 9: kg_sum_dense_rows_pass_9(start, width, rows, rowCount, rest); break;
    case 8: kg_sum_dense_rows_pass_8(start, width, rows, rowCount, rest); break;
    case 7: kg_sum_dense_rows_pass_7(start, width, rows, rowCount, rest); break;
    case 6: kg_sum_dense_rows_pass_6(start, width, rows, rowCount, rest); break;
    case 5: kg_sum_dense_rows_pass_5(start, width, rows, rowCount, rest); break;
    case 4: kg_sum_dense_rows_pass_4(start, width, rows, rowCount, rest); break;
    case 3: kg_sum_dense_rows_pass_3(start, width, rows, rowCount, rest); break;
    case 2: kg_sum_dense_rows_pass_2(start, width, rows, rowCount, rest); break;
    case 1: kg_sum_dense_rows_pass_1(start, width, rows, rowCount, rest); break;
    default: break;
    }
}
#endif

#endif
