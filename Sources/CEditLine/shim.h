#ifndef KG_CEDITLINE_SHIM_H
#define KG_CEDITLINE_SHIM_H

// libedit through its readline-compatible API: history() and el_set() are variadic and cannot be
// called from Swift, so the shell uses readline(), add_history() and friends, plus the wrappers
// below for the few globals and macros Swift cannot see (or, in Swift 6, may not touch).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <editline/readline.h>

// MARK: Ctrl-C

/// Installs `handler` for SIGINT with sigaction. No SA_RESTART: a blocking read returns EINTR,
/// so readline() gives up the line it was editing and the shell shows a fresh prompt. (The flag
/// the handler sets lives in Swift: state in a header would be copied into every object file
/// that inlines it.)
static inline int kg_install_interrupt_handler(void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

// MARK: Locale and terminal

/// `setlocale(LC_CTYPE, "")`, falling back to C.UTF-8 when the environment's locale is not UTF-8,
/// so libedit measures and moves over multibyte characters correctly. Returns 1 when UTF-8.
static inline int kg_prefer_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) {
        return 1;
    }
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL) return 1;
    return 0;
}

/// The width of the terminal on `fd` (TIOCGWINSZ), or 0 when it is not a terminal.
static inline int kg_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 0;
}

// MARK: readline globals

static inline void kg_rl_set_readline_name(const char *name) {
    // readline keeps the pointer: keep a copy alive for the life of the process.
    rl_readline_name = strdup(name);
}

static inline void kg_rl_set_attempted_completion_function(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

static inline void kg_rl_set_attempted_completion_over(int over) {
    rl_attempted_completion_over = over;
}

static inline void kg_rl_set_completion_append_character(int character) {
    rl_completion_append_character = character;
}

/// The characters that end a word for completion: blanks and query punctuation, so `(a:pers`
/// completes `pers` and `"Vlad` completes `Vlad`.
static inline const char *kg_rl_word_breaks(void) { return " \t\n\"'`(){}[],;:=<>!$"; }

static inline void kg_rl_set_basic_word_break_characters(const char *characters) {
    rl_basic_word_break_characters = characters;
}

/// The line being edited (valid during a completion callback).
static inline const char *kg_rl_line_buffer(void) { return rl_line_buffer; }
/// The cursor's offset in bytes into the line being edited.
static inline int kg_rl_point(void) { return rl_point; }

#endif
