/* The number tests again, built as the devices build number.c: the shortest digits from the search alone,
 * without Grisu3 (TS_NUM_SEARCH_ONLY, which -Os selects). */
#include "test_number.c"
