/* code: random codes a reader can read back and type (a saved plan's):
 * Crockford base32 (no I, L, O, U; kept and put in addresses in lower
 * case, shown in capitals in groups of four), from 80 random bits; what
 * is typed is read leniently (either case, spaces and dashes, O for 0, I
 * or L for 1). */
#ifndef QUANYI_CODE_H
#define QUANYI_CODE_H

#include <stddef.h>

enum { CODE_BYTES = 10, CODE_CHARS = 16, CODE_SHOWN = CODE_CHARS + CODE_CHARS / 4 - 1 };

void code_new(char out[CODE_CHARS + 1]);
int code_read(const char *typed, char out[CODE_CHARS + 1]);
void code_show(const char *code, char out[CODE_SHOWN + 1]);

#endif
