/* sim_main.c - entry point of a simulation build.
 *
 *     PROGRAM SCRIPT OUTPUT [APP-ARGS...]
 *
 * Opens the script and the output file (port_sim_open), then runs the app,
 * whose own main() was renamed at compile time with -Dmain=tsfw_app_main
 * (the same convention as the firmware build).  SCRIPT may be "-" for no
 * client traffic (timers still run).
 *
 * With -DPORT_SIM_WITH_CORE (compiled TypeScript apps), the end of the
 * script flushes the runtime's buffered stdout with ts_rt_exit() before the
 * process exits; a plain C app needs nothing.
 */
#include <stdio.h>
#include <stdlib.h>

#include "port_sim.h"
#include "sim_heap.h"
#ifdef PORT_SIM_WITH_CORE
#include "tsfw.h"
#endif

int tsfw_app_main(int argc, char **argv);

#ifdef PORT_SIM_WITH_CORE
static void end_hook(void) {
    int rc = ts_rt_exit();
    fflush(stdout);
    port_sim_exit(rc);
}
#endif

int main(int argc, char **argv) {
    int rc;
    if (argc < 3) {
        fprintf(stderr, "usage: %s SCRIPT OUTPUT [ARGS...]\n", argc > 0 ? argv[0] : "sim");
        return 2;
    }
    if (port_sim_open(argv[1], argv[2]) != 0) return 2;
    sim_heap_reset_peak(); /* the script and output FILEs are not the app's */
#ifdef PORT_SIM_WITH_CORE
    port_sim_set_end_hook(end_hook);
#endif
    argv[2] = argv[0];
    rc = tsfw_app_main(argc - 2, argv + 2);
    fflush(stdout);
    port_sim_exit(rc);
    return rc;
}
