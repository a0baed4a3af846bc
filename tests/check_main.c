/* Runs every unit-test suite; exit status 0 only when all pass. */
#include <stdlib.h>

#include <sodium.h>

#include "check_suites.h"

int main(void)
{
	SRunner *sr;
	int failed;

	if (sodium_init() < 0)
		return 1;
	sr = srunner_create(suite_field());
	srunner_add_suite(sr, suite_request());
	srunner_add_suite(sr, suite_route());
	srunner_add_suite(sr, suite_store());
	srunner_add_suite(sr, suite_tpl());
	srunner_add_suite(sr, suite_content());
	srunner_add_suite(sr, suite_response());
	srunner_add_suite(sr, suite_search());
	srunner_add_suite(sr, suite_store_fts());
	srunner_add_suite(sr, suite_privacy());
	srunner_add_suite(sr, suite_csrf());
	srunner_add_suite(sr, suite_question());
	srunner_add_suite(sr, suite_timeline());
	srunner_add_suite(sr, suite_letter());
	srunner_add_suite(sr, suite_tools());
	srunner_add_suite(sr, suite_editor_file());
	srunner_add_suite(sr, suite_store_backup());
	srunner_add_suite(sr, suite_store_queue());
	srunner_add_suite(sr, suite_sandbox());
	srunner_add_suite(sr, suite_cache());
	srunner_add_suite(sr, suite_law());
	srunner_add_suite(sr, suite_date());
	srunner_add_suite(sr, suite_plan());
	srunner_add_suite(sr, suite_qr());
	srunner_add_suite(sr, suite_deadline());
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
