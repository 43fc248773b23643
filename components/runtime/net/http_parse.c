/* http_parse.c - the header arena shared by the server's and the client's
 * llhttp callbacks (see http_parse.h). */
#include "http_parse.h"

#include <stdlib.h>
#include <string.h>

#define ARENA_INIT 512

int http_arena_add(http_arena *a, const char *at, size_t len) {
    if (a->max && a->len + len + 1 > a->max) return HTTP_ARENA_TOO_LARGE;
    if (a->len + len + 1 > a->cap) {
        size_t nc = a->cap ? a->cap : ARENA_INIT;
        char *nb;
        while (nc < a->len + len + 1) nc *= 2;
        if (a->max && nc > a->max) nc = a->max;
        nb = (char *)realloc(a->buf, nc);
        if (!nb) return HTTP_ARENA_NOMEM;
        a->buf = nb;
        a->cap = nc;
    }
    memcpy(a->buf + a->len, at, len);
    a->len += len;
    return HTTP_ARENA_OK;
}

int http_arena_field(http_arena *a, const char *at, size_t len) {
    if (!a->in_field) {
        if (a->nh >= a->max_headers) return HTTP_ARENA_TOO_MANY;
        if (a->nh == a->hoff_cap) {
            size_t nc = a->hoff_cap ? a->hoff_cap * 2 : 8;
            size_t(*no)[2] = (size_t(*)[2])realloc(a->hoff, nc * sizeof *no);
            if (!no) return HTTP_ARENA_NOMEM;
            a->hoff = no;
            a->hoff_cap = nc;
        }
        a->hoff[a->nh][0] = a->len;
        a->hoff[a->nh][1] = 0;
        a->in_field = 1;
    }
    return http_arena_add(a, at, len);
}

int http_arena_field_done(http_arena *a) {
    if (!a->in_field) return HTTP_ARENA_OK;
    a->in_field = 0;
    return http_arena_add(a, "", 1);
}

int http_arena_value(http_arena *a, const char *at, size_t len) {
    if (a->nh >= a->hoff_cap) return HTTP_ARENA_OK; /* no field before it */
    if (!a->in_value) {
        a->hoff[a->nh][1] = a->len;
        a->in_value = 1;
    }
    return http_arena_add(a, at, len);
}

int http_arena_value_done(http_arena *a) {
    int r;
    if (a->nh >= a->hoff_cap) return HTTP_ARENA_OK;
    if (!a->in_value) a->hoff[a->nh][1] = a->len; /* empty value */
    a->in_value = 0;
    if ((r = http_arena_add(a, "", 1)) != HTTP_ARENA_OK) return r;
    a->nh++;
    return HTTP_ARENA_OK;
}

void http_arena_headers(const http_arena *a, http_header *out) {
    size_t i;
    for (i = 0; i < a->nh; i++) {
        out[i].name = a->buf + a->hoff[i][0];
        out[i].value = a->buf + a->hoff[i][1];
    }
}

void http_arena_reset(http_arena *a) {
    a->len = a->nh = 0;
    a->in_field = a->in_value = 0;
}

void http_arena_free(http_arena *a) {
    free(a->buf);
    free(a->hoff);
    a->buf = NULL;
    a->hoff = NULL;
    a->len = a->cap = a->nh = a->hoff_cap = 0;
}

int http_ci_eq(const char *a, const char *b) {
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y) return 0;
    }
    return *a == *b;
}
