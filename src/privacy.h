/* privacy: mask the personal numbers and ids a reader may type into a
 * question before it is stored: mainland mobile numbers, 18-digit
 * resident ID numbers (with a valid check digit), bank-card numbers
 * (Luhn), e-mail addresses and WeChat/QQ ids named as such. Dates,
 * amounts and order numbers are left alone. */
#ifndef QUANYI_PRIVACY_H
#define QUANYI_PRIVACY_H

#include <stddef.h>

#include "buf.h"

int privacy_mask(const char *s, size_t len, struct buf *out);
int privacy_id_ok(const char *d);
int privacy_luhn_ok(const char *d, size_t n);

#endif
