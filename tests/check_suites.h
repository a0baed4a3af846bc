/* The Check suites of quanyi's unit tests, one per source concern. */
#ifndef QUANYI_CHECK_SUITES_H
#define QUANYI_CHECK_SUITES_H

#include <check.h>

Suite *suite_field(void);
Suite *suite_request(void);
Suite *suite_route(void);
Suite *suite_store(void);
Suite *suite_tpl(void);
Suite *suite_content(void);
Suite *suite_response(void);
Suite *suite_search(void);
Suite *suite_store_fts(void);
Suite *suite_privacy(void);
Suite *suite_csrf(void);
Suite *suite_question(void);
Suite *suite_timeline(void);
Suite *suite_letter(void);
Suite *suite_tools(void);
Suite *suite_editor_file(void);
Suite *suite_store_backup(void);
Suite *suite_store_queue(void);
Suite *suite_sandbox(void);
Suite *suite_cache(void);
Suite *suite_law(void);
Suite *suite_date(void);
Suite *suite_plan(void);
Suite *suite_qr(void);
Suite *suite_deadline(void);

#endif
