/* store_synonym: reading and writing the synonym sets. */
#include "store_synonym.h"

#include <string.h>

#define SYNONYM_COLS "id, slug, words, reviewed, body_md"

/* The columns of SYNONYM_COLS, in order, as a struct store_synonym. */
static const struct store_col store_synonym_cols[] = {
	STORE_LONG(struct store_synonym, id),
	STORE_TEXT(struct store_synonym, slug),
	STORE_TEXT(struct store_synonym, words),
	STORE_TEXT(struct store_synonym, reviewed),
	STORE_TEXT(struct store_synonym, body_md),
};
static const struct store_map store_synonym_map =
	STORE_MAP(struct store_synonym, store_synonym_cols);

/* store_synonym_list: every synonym set, by slug. How many, or -1. */
long store_synonym_list(struct store *s, struct arena *a, struct store_synonyms *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SYNONYM_LIST,
		"SELECT " SYNONYM_COLS " FROM synonym ORDER BY slug");

	return store_rows(s, st, a, &store_synonym_map, (void **)&out->v, &out->n);
}

/* store_synonym_words: record each word of words (", "-separated) as a
 * word of set id, in order, ASCII in lower case as searches are. 0, or -1
 * (a word with a space or too long, a database error). */
static int store_synonym_words(struct store *s, long id, const char *words)
{
	sqlite3_stmt *clear = store_prep(s, SS_SYNONYM_WORDS_CLEAR,
		"DELETE FROM synonym_word WHERE synonym_id = :id");
	sqlite3_stmt *add = store_prep(s, SS_SYNONYM_WORD_ADD,
		"INSERT OR IGNORE INTO synonym_word(word, synonym_id, place)"
		" VALUES(:word, :id, :place)");
	const char *p = words;
	long place = 0;
	char word[128];

	if (!clear || !add)
		return -1;
	store_bind_int(s, clear, ":id", id);
	if (store_done(s, clear) != 0)
		return -1;
	while (p && *p) {
		const char *e = strstr(p, ", ");
		size_t n = e ? (size_t)(e - p) : strlen(p);

		if (n == 0 || n >= sizeof(word) || memchr(p, ' ', n))
			return -1;
		for (size_t i = 0; i < n; i++)
			word[i] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : p[i];
		word[n] = '\0';
		store_bind_text(s, add, ":word", word);
		store_bind_int(s, add, ":id", id);
		store_bind_int(s, add, ":place", place++);
		if (store_done(s, add) != 0)
			return -1;
		p = e ? e + 2 : NULL;
	}
	return 0;
}

/* store_synonym_put: insert or update set t (by slug) and its words.
 * *changed is 1 if anything was written. 0 or -1. */
int store_synonym_put(struct store *s, const struct store_synonym *t, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_SYNONYM_FIND,
		"SELECT " SYNONYM_COLS " FROM synonym WHERE slug = :slug");
	struct store_synonym old;
	struct arena a;
	long id = 0;
	int found;
	int same = 0;

	*changed = 0;
	if (!st)
		return -1;
	arena_init(&a);
	store_bind_text(s, st, ":slug", t->slug);
	found = store_row(s, st, &a, &store_synonym_map, &old);
	if (found > 0) {
		id = old.id;
		same = strcmp(old.words, t->words) == 0 &&
		       strcmp(old.reviewed, t->reviewed) == 0 &&
		       strcmp(old.body_md, t->body_md) == 0;
	}
	arena_free(&a);
	if (found < 0)
		return -1;
	if (same)
		return 0;
	st = id ? store_prep(s, SS_SYNONYM_UPDATE,
			"UPDATE synonym SET words = :words, reviewed = :reviewed, body_md = :md"
			" WHERE id = :id")
		: store_prep(s, SS_SYNONYM_INSERT,
			"INSERT INTO synonym(slug, words, reviewed, body_md)"
			" VALUES(:slug, :words, :reviewed, :md)");
	if (!st)
		return -1;
	if (id)
		store_bind_int(s, st, ":id", id);
	else
		store_bind_text(s, st, ":slug", t->slug);
	store_bind_text(s, st, ":words", t->words);
	store_bind_text(s, st, ":reviewed", t->reviewed);
	store_bind_text(s, st, ":md", t->body_md);
	if (store_done(s, st) != 0)
		return -1;
	if (!id)
		id = (long)sqlite3_last_insert_rowid(s->db);
	if (store_synonym_words(s, id, t->words) != 0)
		return -1;
	*changed = 1;
	return 0;
}

/* The columns of SS_SYNONYM_EXPAND, in order, as a struct
 * store_synonym_alt. */
static const struct store_col store_synonym_alt_cols[] = {
	STORE_LONG(struct store_synonym_alt, term),
	STORE_TEXT(struct store_synonym_alt, word),
};
static const struct store_map store_synonym_alt_map =
	STORE_MAP(struct store_synonym_alt, store_synonym_alt_cols);

/* store_synonym_expand: for each word of terms_json (a JSON array of
 * strings) that belongs to a synonym set, the other words of its set in
 * the set's order, word by word. How many, or -1. */
long store_synonym_expand(struct store *s, struct arena *a, const char *terms_json,
			  struct store_synonym_alts *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SYNONYM_EXPAND,
		"SELECT t.key, o.word FROM json_each(:terms) t"
		" JOIN synonym_word w ON w.word = t.value"
		" JOIN synonym_word o ON o.synonym_id = w.synonym_id AND o.word <> w.word"
		" ORDER BY t.key, o.synonym_id, o.place");

	if (!st)
		return -1;
	store_bind_text(s, st, ":terms", terms_json);
	return store_rows(s, st, a, &store_synonym_alt_map, (void **)&out->v, &out->n);
}
