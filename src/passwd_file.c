/* passwd_file: add, replace and remove editors in an nginx password file,
 * written through a temporary file and a rename so nginx never reads half
 * a file. */
#include "passwd_file.h"

#include <crypt.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

/* passwd_file_name_ok: 1 if name is 1-32 characters of a-z 0-9 _ . - */
int passwd_file_name_ok(const char *name)
{
	size_t n = strlen(name);

	if (n == 0 || n > 32)
		return 0;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' ||
		      *p == '.' || *p == '-'))
			return 0;
	return 1;
}

/* passwd_file_password_ok: 1 if pw is 10-128 bytes without control
 * characters. */
int passwd_file_password_ok(const char *pw)
{
	size_t n = strlen(pw);

	if (n < 10 || n > 128)
		return 0;
	for (const unsigned char *p = (const unsigned char *)pw; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return 0;
	return 1;
}

/* passwd_file_hash: pw as a SHA-512 crypt string with a random 16-character
 * salt. 0 or -1. */
int passwd_file_hash(const char *pw, struct buf *out)
{
	static const char alphabet[] =
		"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	char setting[3 + 16 + 2] = "$6$";
	struct crypt_data cd;
	const char *h;

	for (int i = 0; i < 16; i++)
		setting[3 + i] = alphabet[randombytes_uniform(64)];
	setting[19] = '$';
	setting[20] = '\0';
	memset(&cd, 0, sizeof(cd));
	h = crypt_r(pw, setting, &cd);
	if (!h || strncmp(h, "$6$", 3) != 0)
		return -1;
	buf_puts(out, h);
	sodium_memzero(&cd, sizeof(cd));
	return 0;
}

/* passwd_file_rewrite: copy path to a new file without name's line, add
 * line (if given), and rename it into place keeping the old file's mode
 * (0640 for a new file). 1 if name had a line, 0 if not, -1 on error. */
static int passwd_file_rewrite(const char *path, const char *name, const char *line,
			       struct buf *err)
{
	struct buf tmp, text;
	struct stat st;
	FILE *in, *out;
	char l[1024];
	size_t nlen = strlen(name);
	int found = 0, rc = -1;
	mode_t mode = 0640;

	buf_init(&tmp);
	buf_init(&text);
	buf_printf(&tmp, "%s.tmp", path);
	in = fopen(path, "r");
	if (!in && errno != ENOENT) {
		buf_printf(err, "%s: %s", path, strerror(errno));
		goto out;
	}
	if (in && fstat(fileno(in), &st) == 0)
		mode = st.st_mode & 07777;
	while (in && fgets(l, sizeof(l), in)) {
		if (strncmp(l, name, nlen) == 0 && l[nlen] == ':') {
			found = 1;
			continue;
		}
		buf_puts(&text, l);
		if (text.len && text.data[text.len - 1] != '\n')
			buf_putc(&text, '\n');
	}
	if (in)
		fclose(in);
	if (line)
		buf_printf(&text, "%s\n", line);
	out = fopen(tmp.data, "w");
	if (!out) {
		buf_printf(err, "%s: %s", tmp.data, strerror(errno));
		goto out;
	}
	if ((text.len && fwrite(text.data, 1, text.len, out) != text.len) ||
	    fchmod(fileno(out), mode) != 0 || fclose(out) != 0) {
		buf_printf(err, "%s: cannot write", tmp.data);
		unlink(tmp.data);
		goto out;
	}
	if (rename(tmp.data, path) != 0) {
		buf_printf(err, "%s: %s", path, strerror(errno));
		unlink(tmp.data);
		goto out;
	}
	rc = found;
out:
	buf_free(&tmp);
	buf_free(&text);
	return rc;
}

/* passwd_file_set: add editor name with password pw, or replace the
 * password of an existing one. 0 (added), 1 (replaced) or -1 (err). */
int passwd_file_set(const char *path, const char *name, const char *pw, struct buf *err)
{
	struct buf line;
	int rc;

	if (!passwd_file_name_ok(name)) {
		buf_puts(err, "an editor name is 1-32 characters of a-z, 0-9, '_', '.', '-'");
		return -1;
	}
	if (!passwd_file_password_ok(pw)) {
		buf_puts(err, "a password is 10-128 characters without control characters");
		return -1;
	}
	buf_init(&line);
	buf_printf(&line, "%s:", name);
	if (passwd_file_hash(pw, &line) != 0) {
		buf_puts(err, "crypt() cannot make a SHA-512 hash here");
		buf_free(&line);
		return -1;
	}
	rc = passwd_file_rewrite(path, name, line.data, err);
	buf_free(&line);
	return rc;
}

/* passwd_file_remove: remove editor name. 0, or -1 (err: unknown name or
 * the file cannot be written). */
int passwd_file_remove(const char *path, const char *name, struct buf *err)
{
	int rc;

	if (!passwd_file_name_ok(name)) {
		buf_puts(err, "not an editor name");
		return -1;
	}
	rc = passwd_file_rewrite(path, name, NULL, err);
	if (rc == 0) {
		buf_printf(err, "%s: no editor called %s", path, name);
		return -1;
	}
	return rc < 0 ? -1 : 0;
}
