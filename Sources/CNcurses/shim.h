// Wraps the ncurses macros and C globals that Swift 6 cannot use directly.
#ifndef TFLEARN_CNCURSES_SHIM_H
#define TFLEARN_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *tfl_stdscr(void) { return stdscr; }
static inline int tfl_lines(void) { return LINES; }
static inline int tfl_cols(void) { return COLS; }
static inline int tfl_color_pair(int n) { return COLOR_PAIR(n); }
static inline int tfl_colors(void) { return COLORS; }
static inline int tfl_color_pairs(void) { return COLOR_PAIRS; }
static inline int tfl_key_resize(void) { return KEY_RESIZE; }
static inline void tfl_set_locale(void) { setlocale(LC_ALL, ""); }

/// Whether the locale's character set is UTF-8 (box-drawing characters can be shown).
static inline int tfl_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

// Attributes are macros built from NCURSES_BITS, which Swift cannot import.
static inline int tfl_a_bold(void) { return (int)A_BOLD; }
static inline int tfl_a_dim(void) { return (int)A_DIM; }
static inline int tfl_a_reverse(void) { return (int)A_REVERSE; }
static inline int tfl_a_underline(void) { return (int)A_UNDERLINE; }
static inline int tfl_a_normal(void) { return (int)A_NORMAL; }

/// Writes a UTF-8 string at (y, x) with attributes (a colour pair included).
static inline void tfl_put(int y, int x, const char *s, int attrs) {
    wattrset(stdscr, attrs);
    mvwaddstr(stdscr, y, x, s);
}

/// Reads a key or character; returns OK, KEY_CODE_YES or ERR (timeout).
static inline int tfl_get_wch(unsigned int *out) {
    wint_t c = 0;
    int r = wget_wch(stdscr, &c);
    *out = (unsigned int)c;
    return r;
}
static inline int tfl_key_code_yes(void) { return KEY_CODE_YES; }
#endif
