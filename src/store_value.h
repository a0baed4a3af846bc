/* store_value: dated values (content/values): each with the date it takes
 * effect, its source and when it was last checked; the public-holiday
 * tables among them make the calendar every deadline is counted with.
 * Loaders copy what they read into the caller's arena. */
#ifndef QUANYI_STORE_VALUE_H
#define QUANYI_STORE_VALUE_H

#include "date.h"
#include "store.h"

struct store_value {
	long id;
	const char *slug, *title, *kind, *value, *effective, *sources, *checked, *check_by;
	const char *body_md;
};

struct store_values {
	struct store_value *v;
	size_t n;
};

int store_value_put(struct store *s, const struct store_value *v, const struct date_special *days,
		    size_t ndays, int *changed);
long store_value_list(struct store *s, struct arena *a, struct store_values *out);
int store_value_get(struct store *s, struct arena *a, const char *slug, struct store_value *out);
int store_value_calendar(struct store *s, struct arena *a, struct date_calendar *out);

#endif
