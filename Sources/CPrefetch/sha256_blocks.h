#ifndef KG_CPREFETCH_SHA256_BLOCKS_H
#define KG_CPREFETCH_SHA256_BLOCKS_H

#include <stdint.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

// SHA-256's compression of whole 64-byte blocks with the x86 SHA extensions, where the CPU has
// them. Ingest hashes every file it reads (`ContentHash`) on the thread that also writes the
// store; written out in Swift that took about 70 instructions a byte, the extensions take a few.
// The digest is the same whoever computes it (FIPS 180-4); `ContentHash` keeps its own Swift
// rounds for CPUs without the extensions.

// Whether this CPU has the SHA extensions and the SSSE3 and SSE4.1 instructions used with them
// (CPUID leaf 7, EBX bit 29; leaf 1, ECX bits 9 and 19).
static inline int kg_has_sha_extensions(void) {
#if defined(__x86_64__)
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    if ((ecx & (1u << 9)) == 0 || (ecx & (1u << 19)) == 0) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, eax, ebx, ecx, edx);
    return (ebx & (1u << 29)) != 0;
#else
    return 0;
#endif
}

#if defined(__x86_64__)
// Folds `blockCount` 64-byte blocks from `data` into `state` (the eight working words a to h).
// Call only where `kg_has_sha_extensions()`; `constants` are the 64 round constants.
__attribute__((target("sha,ssse3,sse4.1")))
static inline void kg_sha256_blocks(
    uint32_t *state, const uint8_t *data, intptr_t blockCount, const uint32_t *constants
) {
    // Big-endian words from the message bytes.
    const __m128i byteOrder = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    // The instructions keep the words as (a, b, e, f) and (c, d, g, h).
    __m128i dcba = _mm_loadu_si128((const __m128i *)state);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)(state + 4));
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (intptr_t block = 0; block < blockCount; block++) {
        const uint8_t *bytes = data + block * 64;
        __m128i abefBefore = abef, cdghBefore = cdgh;
        // The message schedule, four words at a time: the last four groups.
        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)bytes), byteOrder);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(bytes + 16)), byteOrder);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(bytes + 32)), byteOrder);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(bytes + 48)), byteOrder);
        for (int group = 0; group < 16; group++) {
            __m128i words;
            if (group < 4) {
                words = group == 0 ? w0 : group == 1 ? w1 : group == 2 ? w2 : w3;
            } else {
                // W[t] = W[t-16] + s0(W[t-15]) + W[t-7] + s1(W[t-2]), from the last four groups.
                __m128i next = _mm_add_epi32(_mm_sha256msg1_epu32(w0, w1), _mm_alignr_epi8(w3, w2, 4));
                next = _mm_sha256msg2_epu32(next, w3);
                w0 = w1;
                w1 = w2;
                w2 = w3;
                w3 = next;
                words = next;
            }
            __m128i sums = _mm_add_epi32(words, _mm_loadu_si128((const __m128i *)(constants + group * 4)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sums);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(sums, 0x0E));
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)state, _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}
#endif

#endif
