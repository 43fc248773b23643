/* http_parse.h - what the server (http.c) and the client (http_client.c)
 * share while llhttp parses a message head: the header arena, and
 * case-insensitive comparison of header names and tokens. */
#ifndef TSFW_NET_HTTP_PARSE_H
#define TSFW_NET_HTTP_PARSE_H

#include "http.h"

/* A message head's strings (the server's URL, then every header's name
 * and value), NUL-terminated one after another in one growing buffer.
 * llhttp hands each string in pieces: the arena joins them. */
typedef struct http_arena {
    char *buf;
    size_t len, cap;
    size_t max;         /* buf stays under this many bytes (0: no limit) */
    size_t max_headers; /* more headers than this fail */
    size_t (*hoff)[2];  /* per header: offsets of its name and its value */
    size_t nh, hoff_cap;
    unsigned in_field : 1, in_value : 1;
} http_arena;

/* What an http_arena_* function returns. */
enum {
    HTTP_ARENA_OK = 0,
    HTTP_ARENA_TOO_LARGE = -1,
    HTTP_ARENA_TOO_MANY = -2,
    HTTP_ARENA_NOMEM = -3
};

/* Append len bytes (len 1 with "" ends a string). */
int http_arena_add(http_arena *a, const char *at, size_t len);
/* llhttp's on_header_field / _complete and on_header_value / _complete. */
int http_arena_field(http_arena *a, const char *at, size_t len);
int http_arena_field_done(http_arena *a);
int http_arena_value(http_arena *a, const char *at, size_t len);
int http_arena_value_done(http_arena *a);
/* Point out[0..a->nh) at the arena's names and values. */
void http_arena_headers(const http_arena *a, http_header *out);
/* Empty it for the next message, keeping its buffers and limits. */
void http_arena_reset(http_arena *a);
void http_arena_free(http_arena *a);

/* 1 if a and b are equal ignoring ASCII case. */
int http_ci_eq(const char *a, const char *b);

#endif /* TSFW_NET_HTTP_PARSE_H */
