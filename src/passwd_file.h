/* passwd_file: the editors' password file that nginx's auth_basic reads:
 * one "name:hash" line per editor, the hash a SHA-512 crypt ("$6$"). */
#ifndef QUANYI_PASSWD_FILE_H
#define QUANYI_PASSWD_FILE_H

#include "buf.h"

int passwd_file_name_ok(const char *name);
int passwd_file_password_ok(const char *pw);
int passwd_file_hash(const char *pw, struct buf *out);
int passwd_file_set(const char *path, const char *name, const char *pw, struct buf *err);
int passwd_file_remove(const char *path, const char *name, struct buf *err);

#endif
