/* editor_file: the editors' password file that nginx's auth_basic reads:
 * one "name:hash" line per editor, the hash a SHA-512 crypt ("$6$"). */
#ifndef QUANYI_EDITOR_FILE_H
#define QUANYI_EDITOR_FILE_H

#include "buf.h"

enum {
	EDITOR_FILE_NAME_MAX = 32,
	EDITOR_FILE_PASSWORD_MIN = 10,
	EDITOR_FILE_PASSWORD_MAX = 128
};

int editor_file_name_ok(const char *name);
int editor_file_password_ok(const char *pw);
int editor_file_hash(const char *pw, struct buf *out);
int editor_file_add(const char *path, const char *name, const char *pw, struct buf *err);
int editor_file_remove(const char *path, const char *name, struct buf *err);

#endif
