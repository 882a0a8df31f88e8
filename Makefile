# Builds and installs libmfi, the C library of mfi, for C programs and pkg-config.
#
#   make                                  # target/release/libmfi.{so,a}
#   make install PREFIX=/usr/local        # or PREFIX=$HOME/.local; DESTDIR for packaging
#   make uninstall PREFIX=/usr/local
#
# Installed: $(LIBDIR)/libmfi.so.$(VERSION) with the links libmfi.so.$(MAJOR) (the
# SONAME) and libmfi.so, $(LIBDIR)/libmfi.a, $(INCLUDEDIR)/mfi.h and
# $(LIBDIR)/pkgconfig/mfi.pc. A program then builds with
#   cc app.c $$(pkg-config --cflags --libs mfi)
# and runs without LD_LIBRARY_PATH: for a prefix outside the system's library folders the
# .pc file adds a run path (-Wl,-rpath).

PREFIX     ?= /usr/local
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DESTDIR    ?=
PROFILE    ?= release
CARGO      ?= cargo
INSTALL    ?= install

VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
MAJOR   := $(firstword $(subst ., ,$(VERSION)))
TARGET  := $(or $(CARGO_TARGET_DIR),target)/$(PROFILE)
SYSTEM_LIBDIRS := /lib /lib64 /usr/lib /usr/lib64 /usr/lib/$(shell $(CC) -dumpmachine 2>/dev/null)
RPATH := $(if $(filter $(LIBDIR),$(SYSTEM_LIBDIRS)),,-Wl,-rpath,$${libdir})

all: lib

# Builds the library, and links its SONAME beside it so that programs linked against
# $(TARGET)/libmfi.so run from the build folder too.
lib:
	$(CARGO) build $(if $(filter release,$(PROFILE)),--release,) -p mfi-ffi --lib
	ln -sf libmfi.so $(TARGET)/libmfi.so.$(MAJOR)

install: lib
	$(INSTALL) -d $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCLUDEDIR)
	$(INSTALL) -m 755 $(TARGET)/libmfi.so $(DESTDIR)$(LIBDIR)/libmfi.so.$(VERSION)
	ln -sf libmfi.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libmfi.so.$(MAJOR)
	ln -sf libmfi.so.$(MAJOR) $(DESTDIR)$(LIBDIR)/libmfi.so
	$(INSTALL) -m 644 $(TARGET)/libmfi.a $(DESTDIR)$(LIBDIR)/libmfi.a
	$(INSTALL) -m 644 include/mfi.h $(DESTDIR)$(INCLUDEDIR)/mfi.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	    -e 's|@RPATH@|$(RPATH)|' mfi-ffi/mfi.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/mfi.pc

uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/libmfi.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libmfi.so.$(MAJOR) \
	      $(DESTDIR)$(LIBDIR)/libmfi.so $(DESTDIR)$(LIBDIR)/libmfi.a \
	      $(DESTDIR)$(INCLUDEDIR)/mfi.h $(DESTDIR)$(LIBDIR)/pkgconfig/mfi.pc

.PHONY: all lib install uninstall
