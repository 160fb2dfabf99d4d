#ifndef KG_CPREFETCH_SHIM_H
#define KG_CPREFETCH_SHIM_H

// Swift has no prefetch instruction. Asks for the cache line holding `address` to be read into
// the cache, without waiting for it and without faulting on any address: the parser reads a
// sentence's rarest weight slots at once before its first step, so that their misses overlap.
static inline void kg_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
