#ifndef KG_CEDITLINE_SHIM_H
#define KG_CEDITLINE_SHIM_H

// libedit through its readline-compatible API: history() and el_set() are variadic and cannot be
// called from Swift, so the shell uses readline(), add_history() and friends, plus the wrappers
// below for the few globals and macros Swift cannot see.
#include <stdio.h>
#include <locale.h>
#include <editline/readline.h>

#endif
