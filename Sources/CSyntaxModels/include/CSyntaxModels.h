#ifndef RELGRAPH_SYNTAX_MODELS_H
#define RELGRAPH_SYNTAX_MODELS_H

#include <stddef.h>

/// The bytes of the syntax model linked into the binary for the language whose ISO 639-1 code is
/// `code` ("en", "fr", "es"), with their number in `length`; NULL for any other language.
/// The bytes live in the binary's read-only data: the system pages them in only when they are read.
const unsigned char *relgraph_syntax_model(const char *code, size_t *length);

/// Asks the processor to start loading the cache line at `address`. The parser looks up some seventy
/// features per move in tables of several megabytes: issuing all the loads before reading any lets their
/// cache misses overlap instead of queueing one behind the other.
static inline void relgraph_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
