/* port_sim.h - the simulation port's own entry points (beyond ../port.h).
 *
 * The simulation port implements port.h with no network and no real clock:
 * sockets are simulated from a script of client events, time is the
 * script's virtual clock, and everything the runtime sends is written to an
 * output file.  It is plain C99 + stdio, so the same source builds for the
 * host, for lx106 and for rv32 (QEMU semihosting), and a script produces
 * byte-identical output on all three.  The formats are described in
 * README.md next to this file.
 */
#ifndef TSFW_PORT_SIM_H
#define TSFW_PORT_SIM_H

/* Open the script and the output file.  0, or -1 with a message on stderr. */
int port_sim_open(const char *script_path, const char *out_path);
/* Called when the script is exhausted and nothing but listeners (or
 * nothing at all within the time limit) is left to wait on.  The default
 * hook writes the trailer, closes the output and exits with status 0;
 * a replacement must not return (it should end with port_sim_exit). */
void port_sim_set_end_hook(void (*fn)(void));
/* Write the trailer ("end" record, still-open connections), close the
 * output and exit(status). */
void port_sim_exit(int status);

#endif /* TSFW_PORT_SIM_H */
