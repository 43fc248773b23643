/* timer.c - ordered one-shot and repeating timers (see timer.h). */
#include "net_internal.h"

#include <stdlib.h>

static void timer_insert(net_mgr *m, net_timer *t) {
    net_timer **pp = &m->timers;
    while (*pp && ((*pp)->due < t->due || ((*pp)->due == t->due && (*pp)->seq < t->seq))) pp = &(*pp)->next;
    t->next = *pp;
    *pp = t;
}

static void timer_destroy(net_timer *t) {
    if (t->ud_free) t->ud_free(t->ud);
    free(t);
}

uint32_t mgr_timer_add(net_mgr *m, uint64_t delay_ms, uint64_t repeat_ms, net_timer_fn fn, void *ud,
                       void (*ud_free)(void *)) {
    net_timer *t = (net_timer *)calloc(1, sizeof *t);
    if (!t) return 0;
    if (++m->next_timer_id == 0) m->next_timer_id = 1;
    t->id = m->next_timer_id;
    t->due = mgr_now(m) + delay_ms;
    t->repeat = repeat_ms;
    t->seq = m->timer_seq++;
    t->fn = fn;
    t->ud = ud;
    t->ud_free = ud_free;
    timer_insert(m, t);
    m->ntimers++;
    return t->id;
}

int mgr_timer_cancel(net_mgr *m, uint32_t id) {
    net_timer **pp = &m->timers;
    if (id == 0) return 0;
    if (m->firing && m->firing->id == id) {
        if (m->firing->cancelled) return 0;
        m->firing->cancelled = 1;
        return 1;
    }
    for (; *pp; pp = &(*pp)->next) {
        if ((*pp)->id == id) {
            net_timer *t = *pp;
            *pp = t->next;
            m->ntimers--;
            timer_destroy(t);
            return 1;
        }
    }
    return 0;
}

size_t mgr_timer_count(const net_mgr *m) { return m->ntimers; }

int64_t mgr_timer_next_in(const net_mgr *m) {
    uint64_t now;
    if (!m->timers) return -1;
    now = mgr_now(m);
    return m->timers->due <= now ? 0 : (int64_t)(m->timers->due - now);
}

uint64_t net_timer_node_delay(double ms) {
    if (!(ms >= 1.0) || ms > 2147483647.0) return 1;
    return (uint64_t)ms;
}

void net_timers_run(net_mgr *m, uint64_t now) {
    uint64_t limit = m->timer_seq; /* timers made during this pass wait */
    while (m->timers && m->timers->due <= now && m->timers->seq < limit && !m->stop) {
        net_timer *t = m->timers;
        m->timers = t->next;
        t->next = NULL;
        m->firing = t;
        t->fn(m, t->id, t->ud);
        m->firing = NULL;
        if (t->cancelled || t->repeat == 0) {
            m->ntimers--;
            timer_destroy(t);
        } else {
            t->due = now + t->repeat;
            t->seq = m->timer_seq++;
            timer_insert(m, t);
        }
    }
}

void net_timers_free_all(net_mgr *m) {
    while (m->timers) {
        net_timer *t = m->timers;
        m->timers = t->next;
        m->ntimers--;
        timer_destroy(t);
    }
}
