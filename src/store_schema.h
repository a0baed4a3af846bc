/* store_schema: the SQL steps that make and migrate the database. */
#ifndef QUANYI_STORE_SCHEMA_H
#define QUANYI_STORE_SCHEMA_H

const char *const *store_schema_steps(int *n);

#endif
