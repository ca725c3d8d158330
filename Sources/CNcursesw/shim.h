// Shim between Swift 6 and ncursesw.
//
// SwiftPM drops the -D flags pkg-config gives for ncursesw, so the wide-character API
// (get_wch, cchar_t, wint_t) is switched on here, before the header is read.
// Swift 6 strict concurrency rejects C globals (stdscr, COLS, ...) and cannot import
// function-like macros (A_BOLD, COLOR_PAIR, KEY_F), so both are reached through the
// static inline functions below. Everything is prefixed rk_ to stay clear of curses names.
#ifndef RAKOR_CNCURSESW_SHIM_H
#define RAKOR_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>

#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif
#if __has_include(<ncursesw/term.h>)
#include <ncursesw/term.h>
#elif __has_include(<term.h>)
#include <term.h>
#endif

// MARK: globals

static inline WINDOW *rk_stdscr(void) { return stdscr; }
static inline int rk_cols(void) { return COLS; }
static inline int rk_lines(void) { return LINES; }
static inline int rk_colors(void) { return COLORS; }
static inline int rk_color_pairs(void) { return COLOR_PAIRS; }

// MARK: return codes

static inline int rk_err(void) { return ERR; }
static inline int rk_ok(void) { return OK; }
/// What get_wch returns when it stored a function-key code rather than a character.
static inline int rk_key_code_yes(void) { return KEY_CODE_YES; }

// MARK: attributes

static inline attr_t rk_a_normal(void) { return A_NORMAL; }
static inline attr_t rk_a_bold(void) { return A_BOLD; }
static inline attr_t rk_a_dim(void) { return A_DIM; }
static inline attr_t rk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rk_a_reverse(void) { return A_REVERSE; }
static inline attr_t rk_a_blink(void) { return A_BLINK; }
static inline attr_t rk_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

// MARK: key codes

static inline int rk_key_resize(void) { return KEY_RESIZE; }
/// Mouse events are not enabled; the code is here so a stray one can be recognised and ignored.
static inline int rk_key_mouse(void) { return KEY_MOUSE; }
static inline int rk_key_up(void) { return KEY_UP; }
static inline int rk_key_down(void) { return KEY_DOWN; }
static inline int rk_key_left(void) { return KEY_LEFT; }
static inline int rk_key_right(void) { return KEY_RIGHT; }
static inline int rk_key_home(void) { return KEY_HOME; }
static inline int rk_key_end(void) { return KEY_END; }
static inline int rk_key_ppage(void) { return KEY_PPAGE; }
static inline int rk_key_npage(void) { return KEY_NPAGE; }
static inline int rk_key_dc(void) { return KEY_DC; }
static inline int rk_key_ic(void) { return KEY_IC; }
static inline int rk_key_backspace(void) { return KEY_BACKSPACE; }
static inline int rk_key_enter(void) { return KEY_ENTER; }
static inline int rk_key_btab(void) { return KEY_BTAB; }
/// Keypad keys some terminals send for Home/End/PgUp/PgDn with num lock off.
static inline int rk_key_a1(void) { return KEY_A1; }
static inline int rk_key_a3(void) { return KEY_A3; }
static inline int rk_key_c1(void) { return KEY_C1; }
static inline int rk_key_c3(void) { return KEY_C3; }
static inline int rk_key_f(int n) { return KEY_F(n); }
static inline int rk_key_f0(void) { return KEY_F0; }
static inline int rk_key_max(void) { return KEY_MAX; }

// MARK: wide-character cells

/// Writes one cell: a spacing character followed by up to CCHARW_MAX-1 combining characters
/// (`wch` is NUL-terminated), with attributes and a colour pair.
/// Pairs above SHRT_MAX go through the extended-colour `opts` argument.
static inline int rk_put_cell(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cell;
    int ext = pair;
    short spair = pair > 0x7fff ? 0 : (short)pair;
    if (setcchar(&cell, wch, attrs, spair, pair > 0x7fff ? (void *)&ext : NULL) == ERR) {
        return ERR;
    }
    return mvwadd_wch(win, y, x, &cell);
}

/// The most wide characters one cell can hold (spacing character plus combining ones).
static inline int rk_ccharw_max(void) { return CCHARW_MAX; }

// MARK: terminfo

/// A terminfo string capability, or NULL when the terminal lacks it
/// (tigetstr's (char *)-1 "not a string capability" is folded into NULL).
static inline const char *rk_tigetstr(const char *name) {
    char *s = tigetstr((char *)name);
    if (s == (char *)-1) return NULL;
    return s;
}

/// A terminfo boolean capability: 1 set, 0 not set, -1 not a boolean.
static inline int rk_tigetflag(const char *name) { return tigetflag((char *)name); }

/// A parameterised terminfo string instantiated with up to two integers (tiparm is
/// variadic, which Swift cannot call), or NULL.
static inline const char *rk_tiparm2(const char *cap, int a, int b) {
    if (cap == NULL) return NULL;
    return tiparm(cap, a, b);
}

#endif
