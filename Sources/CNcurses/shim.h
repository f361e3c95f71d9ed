// Wraps the ncurses macros and C globals that Swift 6 cannot use directly.
#ifndef TFLEARN_CNCURSES_SHIM_H
#define TFLEARN_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *tfl_stdscr(void) { return stdscr; }
static inline int tfl_lines(void) { return LINES; }
static inline int tfl_cols(void) { return COLS; }
static inline int tfl_color_pair(int n) { return COLOR_PAIR(n); }
static inline int tfl_colors(void) { return COLORS; }
static inline int tfl_key_resize(void) { return KEY_RESIZE; }
static inline void tfl_set_locale(void) { setlocale(LC_ALL, ""); }
#endif
