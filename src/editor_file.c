/* editor_file: add, replace and remove editors in an nginx password file.
 * The file is written to a temporary file in the same folder and renamed
 * into place, so nginx never reads half a file; other lines are kept
 * byte for byte, and so are the file's mode, owner and group. */
#include "editor_file.h"

#include <crypt.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

/* editor_file_name_ok: 1 if name is 1-32 characters of a-z 0-9 _ . -
 * (so never ':', which ends the name in nginx's file). */
int editor_file_name_ok(const char *name)
{
	size_t n = strlen(name);

	if (n == 0 || n > EDITOR_FILE_NAME_MAX)
		return 0;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' ||
		      *p == '.' || *p == '-'))
			return 0;
	return 1;
}

/* editor_file_password_ok: 1 if pw is 10-128 bytes without control
 * characters (C0, DEL, and C1 written as UTF-8). */
int editor_file_password_ok(const char *pw)
{
	size_t n = strlen(pw);

	if (n < EDITOR_FILE_PASSWORD_MIN || n > EDITOR_FILE_PASSWORD_MAX)
		return 0;
	for (const unsigned char *p = (const unsigned char *)pw; *p; p++) {
		if (*p < 0x20 || *p == 0x7f)
			return 0;
		if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			return 0;
	}
	return 1;
}

/* editor_file_hash: append pw as a SHA-512 crypt string ("$6$", a random
 * 16-character salt from libsodium, "$", the hash) to out. 0 or -1. */
int editor_file_hash(const char *pw, struct buf *out)
{
	static const char alphabet[] =
		"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	char setting[3 + 16 + 2] = "$6$";
	struct crypt_data *cd = calloc(1, sizeof(*cd));
	const char *h;
	int rc = -1;

	if (!cd)
		return -1;
	for (int i = 0; i < 16; i++)
		setting[3 + i] = alphabet[randombytes_uniform(sizeof(alphabet) - 1)];
	setting[19] = '$';
	setting[20] = '\0';
	h = crypt_r(pw, setting, cd);
	if (h && strncmp(h, setting, 20) == 0) {
		buf_puts(out, h);
		rc = 0;
	}
	sodium_memzero(cd, sizeof(*cd));
	free(cd);
	return rc;
}

/* editor_file_read: the whole file at path into text, its status into st.
 * 1 if it exists, 0 if not, -1 (err) if it cannot be read. */
static int editor_file_read(const char *path, struct buf *text, struct stat *st,
			    struct buf *err)
{
	char chunk[4096];
	size_t n;
	FILE *f = fopen(path, "r");

	if (!f) {
		if (errno == ENOENT)
			return 0;
		buf_printf(err, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fileno(f), st) != 0 || !S_ISREG(st->st_mode)) {
		buf_printf(err, "%s: not a regular file", path);
		fclose(f);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(text, chunk, n);
	if (ferror(f)) {
		buf_printf(err, "%s: cannot read", path);
		fclose(f);
		return -1;
	}
	fclose(f);
	return 1;
}

/* editor_file_edit: copy text to out with name's line replaced by line
 * (or dropped when line is NULL); line is appended when name had none.
 * Other lines are copied unchanged. 1 if name had a line, else 0. */
static int editor_file_edit(const struct buf *text, const char *name, const char *line,
			    struct buf *out)
{
	size_t nlen = strlen(name), off = 0;
	int found = 0;

	while (off < text->len) {
		const char *l = text->data + off;
		const char *nl = memchr(l, '\n', text->len - off);
		size_t llen = nl ? (size_t)(nl - l) + 1 : text->len - off;

		if (llen > nlen && strncmp(l, name, nlen) == 0 && l[nlen] == ':') {
			if (!found && line)
				buf_printf(out, "%s\n", line);
			found = 1;
		} else {
			buf_append(out, l, llen);
			if (!nl)
				buf_putc(out, '\n');
		}
		off += llen;
	}
	if (!found && line)
		buf_printf(out, "%s\n", line);
	return found;
}

/* editor_file_write: put text in place of the file at path through a
 * temporary file and a rename, with mode, and with owner and group taken
 * from old when the file existed. 0 or -1 (err). */
static int editor_file_write(const char *path, const struct buf *text, mode_t mode,
			     const struct stat *old, struct buf *err)
{
	struct buf tmp;
	int fd, rc = -1;

	buf_init(&tmp);
	buf_printf(&tmp, "%s.XXXXXX", path);
	fd = mkstemp(tmp.data);
	if (fd < 0) {
		buf_printf(err, "%s: %s", tmp.data, strerror(errno));
		buf_free(&tmp);
		return -1;
	}
	if (fchmod(fd, mode) != 0 ||
	    (old && (old->st_uid != geteuid() || old->st_gid != getegid()) &&
	     fchown(fd, old->st_uid, old->st_gid) != 0)) {
		buf_printf(err, "%s: cannot keep the mode, owner and group (%s)", path,
			   strerror(errno));
		goto fail;
	}
	if ((text->len && write(fd, text->data, text->len) != (ssize_t)text->len) ||
	    fsync(fd) != 0) {
		buf_printf(err, "%s: cannot write (%s)", tmp.data, strerror(errno));
		goto fail;
	}
	if (close(fd) != 0) {
		fd = -1;
		buf_printf(err, "%s: cannot write (%s)", tmp.data, strerror(errno));
		goto fail;
	}
	fd = -1;
	if (rename(tmp.data, path) != 0) {
		buf_printf(err, "%s: %s", path, strerror(errno));
		goto fail;
	}
	rc = 0;
	goto out;
fail:
	if (fd >= 0)
		close(fd);
	unlink(tmp.data);
out:
	buf_free(&tmp);
	return rc;
}

/* editor_file_rewrite: the file at path (a symbolic link is followed) with
 * name's line set to line, or removed when line is NULL. A new file gets
 * mode 0640. 1 if name had a line, 0 if not, -1 (err). */
static int editor_file_rewrite(const char *path, const char *name, const char *line,
			       struct buf *err)
{
	struct buf text, out;
	struct stat st;
	char real[PATH_MAX];
	int exists, found, rc = -1;

	buf_init(&text);
	buf_init(&out);
	if (realpath(path, real))
		path = real;
	exists = editor_file_read(path, &text, &st, err);
	if (exists < 0)
		goto out;
	found = editor_file_edit(&text, name, line, &out);
	if (!found && !line) {
		rc = 0;
		goto out;
	}
	if (editor_file_write(path, &out, exists ? (st.st_mode & 07777) : 0640,
			      exists ? &st : NULL, err) == 0)
		rc = found;
out:
	buf_free(&text);
	buf_free(&out);
	return rc;
}

/* editor_file_add: give editor name the password pw in the file at path,
 * adding a line or replacing the editor's line. 0 (added), 1 (updated) or
 * -1 (err: a bad name or password, or the file cannot be written). */
int editor_file_add(const char *path, const char *name, const char *pw, struct buf *err)
{
	struct buf line;
	int rc;

	if (!editor_file_name_ok(name)) {
		buf_puts(err, "an editor name is 1-32 characters of a-z, 0-9, '_', '.', '-'");
		return -1;
	}
	if (!editor_file_password_ok(pw)) {
		buf_puts(err, "a password is 10-128 bytes without control characters");
		return -1;
	}
	buf_init(&line);
	buf_printf(&line, "%s:", name);
	if (editor_file_hash(pw, &line) != 0) {
		buf_puts(err, "crypt() cannot make a SHA-512 hash on this system");
		buf_free(&line);
		return -1;
	}
	rc = editor_file_rewrite(path, name, line.data, err);
	buf_free(&line);
	return rc;
}

/* editor_file_remove: take editor name's line out of the file at path.
 * 0, or -1 (err: a bad or unknown name, or the file cannot be written). */
int editor_file_remove(const char *path, const char *name, struct buf *err)
{
	int rc;

	if (!editor_file_name_ok(name)) {
		buf_puts(err, "an editor name is 1-32 characters of a-z, 0-9, '_', '.', '-'");
		return -1;
	}
	rc = editor_file_rewrite(path, name, NULL, err);
	if (rc == 0)
		buf_printf(err, "%s: no editor called %s", path, name);
	return rc == 1 ? 0 : -1;
}
