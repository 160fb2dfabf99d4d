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
// For each of `chunkCount` chunks of eight labels starting at label `firstChunk * 8`, the sums over
// `rows` (row numbers of a table of rows `width` weights long) of their weights: chunk `k`'s
// eight sums go to `sums[8 * k ..< 8 * k + 8]`. Four chunks per pass over the rows, so that each
// row's address is made once for four. Call only where `kg_has_avx2()`; every row and chunk must be
// inside the table, and the sums must not overflow (fewer than 2^15 rows of 16-bit weights).
__attribute__((target("avx2")))
static inline void kg_sum_dense_rows_avx2(
    const int16_t *table, intptr_t width, const uint32_t *rows, intptr_t rowCount,
    intptr_t firstChunk, intptr_t chunkCount, int32_t *sums
) {
    intptr_t chunk = 0;
    for (; chunk + 4 <= chunkCount; chunk += 4) {
        kg_sums8 sum0 = {0}, sum1 = {0}, sum2 = {0}, sum3 = {0};
        const int16_t *start = table + (firstChunk + chunk) * 8;
        for (intptr_t r = 0; r < rowCount; r++) {
            const int16_t *row = start + (intptr_t)rows[r] * width;
            sum0 += __builtin_convertvector(*(const kg_weights8 *)row, kg_sums8);
            sum1 += __builtin_convertvector(*(const kg_weights8 *)(row + 8), kg_sums8);
            sum2 += __builtin_convertvector(*(const kg_weights8 *)(row + 16), kg_sums8);
            sum3 += __builtin_convertvector(*(const kg_weights8 *)(row + 24), kg_sums8);
        }
        *(kg_sums8 *)(sums + chunk * 8) = sum0;
        *(kg_sums8 *)(sums + chunk * 8 + 8) = sum1;
        *(kg_sums8 *)(sums + chunk * 8 + 16) = sum2;
        *(kg_sums8 *)(sums + chunk * 8 + 24) = sum3;
    }
    for (; chunk < chunkCount; chunk++) {
        kg_sums8 sum = {0};
        const int16_t *start = table + (firstChunk + chunk) * 8;
        for (intptr_t r = 0; r < rowCount; r++) {
            sum += __builtin_convertvector(*(const kg_weights8 *)(start + (intptr_t)rows[r] * width), kg_sums8);
        }
        *(kg_sums8 *)(sums + chunk * 8) = sum;
    }
}
#endif

#endif
