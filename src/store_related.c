/* store_related: each published article's related articles, ranked as
 * store_article_related ranks them for one article (most keywords shared,
 * then the same topic, then the oldest), but for all articles at once, in
 * memory, when a transaction that changed articles commits (store_commit
 * calls store_related_refresh), and kept in article_related. An article
 * page then reads its five rows instead of ranking every article that
 * shares one of its keywords, so it costs the same with 100 articles or
 * 10,000 (scripts/bench). Only the lists that changed are written. */
#include "store_related.h"

#include <stdlib.h>
#include <string.h>

enum { K = STORE_RELATED_MAX, FIRST = 2 * STORE_RELATED_MAX + 1 };

/* The first FIRST published articles of one category (or of all), in id
 * order: the fill for an article with fewer than K sharing a keyword. */
struct store_rel_first {
	long cat;
	int n;
	long idx[FIRST];
};

/* What the ranking needs. Articles are numbered by their place in id
 * order; terms by their place in term order. */
struct store_rel {
	long n;                 /* articles */
	long *id, *cat;         /* their ids (ascending) and categories */
	unsigned char *pub;     /* published? */
	long *kw_start, *kw;    /* article i's terms: kw[kw_start[i] .. kw_start[i + 1]) */
	long *post_start, *post;/* term t's articles: post[post_start[t] .. post_start[t + 1]) */
	long npairs, nterms;
	struct store_rel_first *first;  /* per category, then one for all */
	int nfirst;
	long *list;             /* K per article, -1 where there is none */
	long *old;              /* the same, as saved, -2 for an unknown id */
	unsigned char *has_old;
};

/* store_rel_free: release what r holds. */
static void store_rel_free(struct store_rel *r)
{
	free(r->id);
	free(r->cat);
	free(r->pub);
	free(r->kw_start);
	free(r->kw);
	free(r->post_start);
	free(r->post);
	free(r->first);
	free(r->list);
	free(r->old);
	free(r->has_old);
}

/* store_rel_index: the place of article id, or -1. */
static long store_rel_index(const struct store_rel *r, long id)
{
	long lo = 0, hi = r->n - 1;

	while (lo <= hi) {
		long mid = lo + (hi - lo) / 2;
		if (r->id[mid] == id)
			return mid;
		if (r->id[mid] < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* store_rel_grow: make room for at least need longs in *v (capacity *cap). */
static int store_rel_grow(long **v, long *cap, long need)
{
	long *nv;
	long ncap = *cap ? *cap : 256;

	if (need <= *cap)
		return 0;
	while (ncap < need)
		ncap *= 2;
	nv = realloc(*v, (size_t)ncap * sizeof(**v));
	if (!nv)
		return -1;
	*v = nv;
	*cap = ncap;
	return 0;
}

/* store_rel_load_articles: every article's id, category and status. */
static int store_rel_load_articles(struct store *s, struct store_rel *r)
{
	sqlite3_stmt *st = store_prep(s, SS_RELATED_ARTICLES,
		"SELECT id, category_id, status = 'published' FROM article ORDER BY id");
	long cap = 0, cap2 = 0, cap3 = 0;
	long *pub = NULL;
	int rc;

	if (!st)
		return -1;
	while ((rc = store_step(s, st)) == SQLITE_ROW) {
		if (store_rel_grow(&r->id, &cap, r->n + 1) != 0 ||
		    store_rel_grow(&r->cat, &cap2, r->n + 1) != 0 ||
		    store_rel_grow(&pub, &cap3, r->n + 1) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		r->id[r->n] = (long)sqlite3_column_int64(st, 0);
		r->cat[r->n] = (long)sqlite3_column_int64(st, 1);
		pub[r->n] = sqlite3_column_int(st, 2);
		r->n++;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		r->pub = calloc((size_t)r->n + 1, 1);
		if (r->pub)
			for (long i = 0; i < r->n; i++)
				r->pub[i] = pub[i] != 0;
	}
	free(pub);
	return rc == SQLITE_DONE && r->pub ? 0 : -1;
}

/* store_rel_load_keywords: the keyword index as postings per term and
 * terms per article. */
static int store_rel_load_keywords(struct store *s, struct store_rel *r)
{
	sqlite3_stmt *st = store_prep(s, SS_RELATED_KEYWORDS,
		"SELECT term, article_id FROM article_keyword ORDER BY term, article_id");
	long cap = 0, cap2 = 0, *term = NULL;
	char *prev = NULL;
	int rc, ok = 1;

	if (!st)
		return -1;
	/* Pass 1: postings in term order (article places), each pair's term. */
	while ((rc = store_step(s, st)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		long a = store_rel_index(r, (long)sqlite3_column_int64(st, 1));

		if (!t || a < 0)
			continue;
		if (!prev || strcmp(prev, t) != 0) {
			free(prev);
			prev = strdup(t);
			if (!prev) {
				ok = 0;
				break;
			}
			r->nterms++;
		}
		if (store_rel_grow(&r->post, &cap, r->npairs + 1) != 0 ||
		    store_rel_grow(&term, &cap2, r->npairs + 1) != 0) {
			ok = 0;
			break;
		}
		r->post[r->npairs] = a;
		term[r->npairs] = r->nterms - 1;
		r->npairs++;
	}
	sqlite3_reset(st);
	free(prev);
	if (!ok || rc != SQLITE_DONE) {
		free(term);
		return -1;
	}
	/* Pass 2: where each term's postings start, and each article's terms
	 * (a counting sort of the pairs by article). */
	r->post_start = calloc((size_t)r->nterms + 1, sizeof(long));
	r->kw_start = calloc((size_t)r->n + 1, sizeof(long));
	r->kw = malloc(((size_t)r->npairs + 1) * sizeof(long));
	if (!r->post_start || !r->kw_start || !r->kw) {
		free(term);
		return -1;
	}
	for (long p = 0; p < r->npairs; p++) {
		r->post_start[term[p] + 1]++;
		r->kw_start[r->post[p] + 1]++;
	}
	for (long t = 0; t < r->nterms; t++)
		r->post_start[t + 1] += r->post_start[t];
	for (long i = 0; i < r->n; i++)
		r->kw_start[i + 1] += r->kw_start[i];
	{
		long *fill = calloc((size_t)r->n + 1, sizeof(long));
		if (!fill) {
			free(term);
			return -1;
		}
		for (long p = 0; p < r->npairs; p++) {
			long a = r->post[p];
			r->kw[r->kw_start[a] + fill[a]++] = term[p];
		}
		free(fill);
	}
	free(term);
	return 0;
}

/* store_rel_firsts: the first published articles of each category and of
 * all, in id order. */
static int store_rel_firsts(struct store_rel *r)
{
	r->first = calloc(1, sizeof(*r->first));
	r->nfirst = 1;
	if (!r->first)
		return -1;
	r->first[0].cat = -1;   /* the last one is "all"; categories go before it */
	for (long i = 0; i < r->n; i++) {
		struct store_rel_first *all, *c = NULL;
		if (!r->pub[i])
			continue;
		for (int f = 0; f < r->nfirst - 1; f++)
			if (r->first[f].cat == r->cat[i])
				c = &r->first[f];
		if (!c) {
			struct store_rel_first *nf = realloc(r->first,
				(size_t)(r->nfirst + 1) * sizeof(*nf));
			if (!nf)
				return -1;
			r->first = nf;
			r->first[r->nfirst] = r->first[r->nfirst - 1];
			c = &r->first[r->nfirst - 1];
			memset(c, 0, sizeof(*c));
			c->cat = r->cat[i];
			r->nfirst++;
		}
		all = &r->first[r->nfirst - 1];
		if (c->n < FIRST)
			c->idx[c->n++] = i;
		if (all->n < FIRST)
			all->idx[all->n++] = i;
	}
	return 0;
}

/* store_rel_better: whether candidate x ranks before y for article a. */
static int store_rel_better(const struct store_rel *r, const long *cnt, long a, long x, long y)
{
	int sx = r->cat[x] == r->cat[a], sy = r->cat[y] == r->cat[a];

	if (cnt[x] != cnt[y])
		return cnt[x] > cnt[y];
	if (sx != sy)
		return sx > sy;
	return x < y;
}

/* store_rel_fill: add the articles of f (in id order) that are not a and
 * not chosen yet, until best holds K. */
static void store_rel_fill(const struct store_rel_first *f, long a, long *best, int *nbest)
{
	for (int j = 0; j < f->n && *nbest < K; j++) {
		int dup = f->idx[j] == a;
		for (int k = 0; k < *nbest && !dup; k++)
			dup = best[k] == f->idx[j];
		if (!dup)
			best[(*nbest)++] = f->idx[j];
	}
}

/* store_rel_rank: K related articles for every published article. */
static int store_rel_rank(struct store_rel *r)
{
	long *cnt = calloc((size_t)r->n + 1, sizeof(long));
	long *touched = malloc(((size_t)r->n + 1) * sizeof(long));

	r->list = malloc(((size_t)r->n * K + 1) * sizeof(long));
	if (!cnt || !touched || !r->list) {
		free(cnt);
		free(touched);
		return -1;
	}
	for (long a = 0; a < r->n; a++) {
		long best[K];
		long ntouched = 0;
		int nbest = 0;

		for (int k = 0; k < K; k++)
			r->list[a * K + k] = -1;
		if (!r->pub[a])
			continue;
		for (long k = r->kw_start[a]; k < r->kw_start[a + 1]; k++) {
			long t = r->kw[k];
			for (long p = r->post_start[t]; p < r->post_start[t + 1]; p++) {
				long b = r->post[p];
				if (b == a || !r->pub[b])
					continue;
				if (cnt[b]++ == 0)
					touched[ntouched++] = b;
			}
		}
		/* The best K of those sharing a keyword, by insertion. */
		for (long i = 0; i < ntouched; i++) {
			long b = touched[i];
			int at = nbest;
			while (at > 0 && store_rel_better(r, cnt, a, b, best[at - 1]))
				at--;
			if (at >= K)
				continue;
			if (nbest < K)
				nbest++;
			memmove(best + at + 1, best + at, (size_t)(nbest - 1 - at) * sizeof(long));
			best[at] = b;
		}
		for (long i = 0; i < ntouched; i++)
			cnt[touched[i]] = 0;
		/* Then the same topic's oldest, then anyone's oldest. */
		for (int f = 0; f < r->nfirst - 1 && nbest < K; f++)
			if (r->first[f].cat == r->cat[a])
				store_rel_fill(&r->first[f], a, best, &nbest);
		store_rel_fill(&r->first[r->nfirst - 1], a, best, &nbest);
		for (int k = 0; k < nbest; k++)
			r->list[a * K + k] = best[k];
	}
	free(cnt);
	free(touched);
	return 0;
}

/* store_rel_load_old: the lists as saved. */
static int store_rel_load_old(struct store *s, struct store_rel *r)
{
	sqlite3_stmt *st = store_prep(s, SS_RELATED_OLD,
		"SELECT article_id, rank, related_id FROM article_related ORDER BY article_id, rank");
	int rc;

	r->old = malloc(((size_t)r->n * K + 1) * sizeof(long));
	r->has_old = calloc((size_t)r->n + 1, 1);
	if (!st || !r->old || !r->has_old)
		return -1;
	for (long i = 0; i < r->n * K; i++)
		r->old[i] = -1;
	while ((rc = store_step(s, st)) == SQLITE_ROW) {
		long a = store_rel_index(r, (long)sqlite3_column_int64(st, 0));
		long rank = (long)sqlite3_column_int64(st, 1);
		long b = store_rel_index(r, (long)sqlite3_column_int64(st, 2));

		if (a < 0)
			continue;   /* its article is gone: the rows went with it */
		r->has_old[a] = 1;
		if (rank >= 1 && rank <= K)
			r->old[a * K + rank - 1] = b < 0 ? -2 : b;
		else
			r->old[a * K] = -2;   /* not a rank this program writes */
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* store_rel_write: replace the saved lists that differ. */
static int store_rel_write(struct store *s, const struct store_rel *r)
{
	for (long a = 0; a < r->n; a++) {
		sqlite3_stmt *st;
		int same = 1;

		for (int k = 0; k < K; k++)
			same = same && r->old[a * K + k] == r->list[a * K + k];
		if (same)
			continue;
		st = store_prep(s, SS_RELATED_CLEAR, "DELETE FROM article_related WHERE article_id = :id");
		if (!st)
			return -1;
		store_bind_int(s, st, ":id", r->id[a]);
		if (store_done(s, st) != 0)
			return -1;
		for (int k = 0; k < K && r->list[a * K + k] >= 0; k++) {
			st = store_prep(s, SS_RELATED_ADD,
				"INSERT INTO article_related(article_id, rank, related_id)"
				" VALUES(:id, :rank, :related)");
			if (!st)
				return -1;
			store_bind_int(s, st, ":id", r->id[a]);
			store_bind_int(s, st, ":rank", k + 1);
			store_bind_int(s, st, ":related", r->id[r->list[a * K + k]]);
			if (store_done(s, st) != 0)
				return -1;
		}
	}
	return 0;
}

/* store_related_refresh: rank every published article's related articles
 * again and save the lists that changed (inside the caller's transaction).
 * 0 or -1. */
int store_related_refresh(struct store *s)
{
	struct store_rel r;
	int rc = -1;

	memset(&r, 0, sizeof(r));
	if (store_rel_load_articles(s, &r) == 0 && store_rel_load_keywords(s, &r) == 0 &&
	    store_rel_firsts(&r) == 0 && store_rel_rank(&r) == 0 &&
	    store_rel_load_old(s, &r) == 0 && store_rel_write(s, &r) == 0)
		rc = 0;
	store_rel_free(&r);
	return rc;
}

/* store_related_attach: rank related articles before the commit of every
 * transaction that changed an article, and now when opening the database
 * ran a schema step (which may change what is worked out from the
 * articles). Every program that opens the store for writing calls it
 * once after store_open. 0 or -1. */
int store_related_attach(struct store *s)
{
	if (store_hook(s, STORE_EV_ARTICLES, store_related_refresh) != 0)
		return -1;
	if (!store_migrated(s))
		return 0;
	if (store_begin(s) != 0)
		return -1;
	store_changed(s, STORE_EV_ARTICLES);
	return store_commit(s);
}
