/* tpl: the C face of ctemplate. The only C++ lives in tpl.cc; nothing
 * here throws, and every template auto-escapes by context. */
#ifndef QUANYI_TPL_H
#define QUANYI_TPL_H

#include "buf.h"

#ifdef __cplusplus
extern "C" {
#endif

struct tpl_cache;   /* a template directory, loaded once, reloadable */
struct tpl_dict;  /* values for one expansion */

struct tpl_cache *tpl_open(const char *dir, struct buf *err);
int tpl_reload(struct tpl_cache *ts, struct buf *err);
void tpl_close(struct tpl_cache *ts);

struct tpl_dict *tpl_dict_new(void);
void tpl_dict_free(struct tpl_dict *d);
void tpl_set(struct tpl_dict *d, const char *key, const char *val);
void tpl_setn(struct tpl_dict *d, const char *key, const char *val, size_t len);
void tpl_set_cmark(struct tpl_dict *d, const char *key, const char *html);
void tpl_set_int(struct tpl_dict *d, const char *key, long val);
void tpl_show(struct tpl_dict *d, const char *section);
struct tpl_dict *tpl_section(struct tpl_dict *d, const char *section);
struct tpl_dict *tpl_include(struct tpl_dict *d, const char *name,
			     const char *file);

int tpl_expand(struct tpl_cache *ts, const char *file, struct tpl_dict *d,
	       struct buf *out);

#ifdef __cplusplus
}
#endif
#endif
