/* Loads libmfi.so with dlopen, uses it, unloads it with dlclose, many times over. Run
 * under valgrind with every leak kind counted: a load/unload cycle leaves nothing behind.
 * Usage: dlopen path/to/libmfi.so [cycles] */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mfi.h"
#include "check.h"

typedef mfi_result (*classify_fn)(const uint8_t *, size_t, mfi_diagnosis **);
typedef void (*free_fn)(mfi_diagnosis *);
typedef mfi_result (*json_fn)(const mfi_diagnosis *, char *, size_t, size_t *);
typedef const char *(*name_fn)(uint32_t);

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s libmfi.so [cycles]\n", argv[0]);
    return 2;
  }
  int cycles = argc > 2 ? atoi(argv[2]) : 50;
  const char *text = "550 5.4.300 Message expired -> 421 4.4.2 Connection dropped due to ConnectionReset";
  for (int i = 0; i < cycles; i++) {
    void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
      fprintf(stderr, "dlopen: %s\n", dlerror());
      return 1;
    }
    classify_fn classify = (classify_fn)(uintptr_t)dlsym(lib, "mfi_classify");
    free_fn dfree = (free_fn)(uintptr_t)dlsym(lib, "mfi_diagnosis_free");
    json_fn to_json = (json_fn)(uintptr_t)dlsym(lib, "mfi_diagnosis_to_json");
    name_fn cause_name = (name_fn)(uintptr_t)dlsym(lib, "mfi_cause_name");
    CHECK(classify && dfree && to_json && cause_name);
    mfi_diagnosis *d = NULL;
    CHECK_EQ_INT(classify((const uint8_t *)text, strlen(text), &d), MFI_RESULT_OK);
    char json[8192];
    CHECK_EQ_INT(to_json(d, json, sizeof json, NULL), MFI_RESULT_OK);
    CHECK(strstr(json, "\"mfi_code\":\"4.4.318\"") != NULL);
    CHECK(strcmp(cause_name(0), "dns_hosting_problem") == 0);
    dfree(d);
    CHECK(dlclose(lib) == 0);
  }
  return check_finish("dlopen");
}
