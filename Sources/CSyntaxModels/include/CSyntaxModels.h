#ifndef RELGRAPH_SYNTAX_MODELS_H
#define RELGRAPH_SYNTAX_MODELS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__ARM_NEON)
#include <arm_neon.h>
#endif

/// The bytes of the syntax model linked into the binary for the language whose ISO 639-1 code is
/// `code` ("en", "fr", "es"), with their number in `length`; NULL for any other language.
/// The bytes live in the binary's read-only data: the system pages them in only when they are read.
const unsigned char *relgraph_syntax_model(const char *code, size_t *length);

/// Asks the processor to start loading the cache line at `address`. The parser looks up some seventy
/// features per move: issuing all the loads before reading any lets their cache misses overlap instead
/// of queueing one behind the other.
static inline void relgraph_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

/// Which of the sixteen 16-bit numbers at `numbers` equal `wanted`: bit i for the i-th.
///
/// A weight table keeps up to sixteen fingerprints side by side in a bucket; comparing them all at once,
/// without a branch per fingerprint, spares the processor a mispredicted branch at nearly every lookup.
/// Swift's SIMD types do not yet compile this comparison to vector instructions.
static inline uint32_t relgraph_match16(const void *numbers, uint16_t wanted) {
#if defined(__SSE2__)
    __m128i target = _mm_set1_epi16((short)wanted);
    __m128i low = _mm_cmpeq_epi16(_mm_loadu_si128((const __m128i *)numbers), target);
    __m128i high = _mm_cmpeq_epi16(_mm_loadu_si128((const __m128i *)numbers + 1), target);
    return (uint32_t)_mm_movemask_epi8(_mm_packs_epi16(low, high));
#elif defined(__ARM_NEON)
    static const uint16_t bits[8] = {1, 2, 4, 8, 16, 32, 64, 128};
    uint16x8_t target = vdupq_n_u16(wanted), weights = vld1q_u16(bits);
    uint16x8_t low = vandq_u16(vceqq_u16(vld1q_u16((const uint16_t *)numbers), target), weights);
    uint16x8_t high = vandq_u16(vceqq_u16(vld1q_u16((const uint16_t *)numbers + 8), target), weights);
    return (uint32_t)vaddvq_u16(low) | ((uint32_t)vaddvq_u16(high) << 8);
#else
    uint16_t values[16];
    memcpy(values, numbers, sizeof values);
    uint32_t found = 0;
    for (int index = 0; index < 16; index++) found |= (uint32_t)(values[index] == wanted) << index;
    return found;
#endif
}

#endif
