/* Tiny assertion helpers for the C tests of libmfi. */
#ifndef MFI_TEST_CHECK_H
#define MFI_TEST_CHECK_H
#include <stdio.h>
#include <stdlib.h>

static int check_failures = 0;

#define CHECK(cond)                                                                    \
  do {                                                                                 \
    if (!(cond)) {                                                                     \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);         \
      check_failures++;                                                                \
    }                                                                                  \
  } while (0)

#define CHECK_EQ_INT(a, b)                                                             \
  do {                                                                                 \
    long long va_ = (long long)(a), vb_ = (long long)(b);                              \
    if (va_ != vb_) {                                                                  \
      fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, va_, vb_); \
      check_failures++;                                                                \
    }                                                                                  \
  } while (0)

static int check_finish(const char *name) {
  if (check_failures) {
    fprintf(stderr, "%s: %d check(s) failed\n", name, check_failures);
    return 1;
  }
  printf("%s: ok\n", name);
  return 0;
}
#endif
