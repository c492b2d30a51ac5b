# FreeXL 1.0.6 built from Debian's source with Lengkap's patches, as a static library
# (target lengkap_freexl). Debian 12's libfreexl1 (1.0.6-2) over-reads on a crafted .xls
# (tests/fuzz/findings/README.md); Debian has no fixed version, so the Linux build compiles the
# same patched source the Windows build does (packaging/windows/build-freexl.sh).
# The tarball: LENGKAP_FREEXL_TARBALL if given (offline builds), else downloaded once into the
# build tree; either way checked against its SHA-256 before the patches are applied.
set(LENGKAP_FREEXL_VERSION 1.0.6)
set(LENGKAP_FREEXL_SHA256 3de8b57a3d130cb2881ea52d3aa9ce1feedb1b57b7daa4eb37f751404f90fc22)
set(LENGKAP_FREEXL_URL
    "http://deb.debian.org/debian/pool/main/f/freexl/freexl_${LENGKAP_FREEXL_VERSION}.orig.tar.gz")
set(LENGKAP_FREEXL_PATCHES ${CMAKE_CURRENT_LIST_DIR}/dir-entry-name-length.patch
                           ${CMAKE_CURRENT_LIST_DIR}/worksheet-visibility.patch)
set(LENGKAP_FREEXL_TARBALL "" CACHE FILEPATH
    "Debian's freexl_1.0.6.orig.tar.gz already on disk (else it is downloaded from deb.debian.org)")

set(freexl_dir ${CMAKE_BINARY_DIR}/_freexl)
set(freexl_tarball ${LENGKAP_FREEXL_TARBALL})
if(NOT freexl_tarball)
    set(freexl_tarball ${freexl_dir}/freexl_${LENGKAP_FREEXL_VERSION}.orig.tar.gz)
    if(NOT EXISTS ${freexl_tarball})
        message(STATUS "FreeXL: downloading ${LENGKAP_FREEXL_URL}")
        file(DOWNLOAD ${LENGKAP_FREEXL_URL} ${freexl_tarball}.part
             EXPECTED_HASH SHA256=${LENGKAP_FREEXL_SHA256} STATUS freexl_status)
        list(GET freexl_status 0 freexl_code)
        if(NOT freexl_code EQUAL 0)
            file(REMOVE ${freexl_tarball}.part)
            message(FATAL_ERROR "FreeXL: cannot download ${LENGKAP_FREEXL_URL} (${freexl_status}). "
                "Give a local copy with -DLENGKAP_FREEXL_TARBALL=..., use the system library with "
                "-DLENGKAP_FREEXL_SYSTEM=ON, or build without .xls with -DLENGKAP_WITH_FREEXL=OFF.")
        endif()
        file(RENAME ${freexl_tarball}.part ${freexl_tarball})
    endif()
endif()
file(SHA256 ${freexl_tarball} freexl_sha)
if(NOT freexl_sha STREQUAL LENGKAP_FREEXL_SHA256)
    message(FATAL_ERROR "FreeXL: ${freexl_tarball} does not have the expected SHA-256")
endif()

# Extracted and patched again whenever the tarball or a patch changes.
set(freexl_src ${freexl_dir}/freexl-${LENGKAP_FREEXL_VERSION})
set(freexl_stamp_text "${freexl_sha}")
foreach(p IN LISTS LENGKAP_FREEXL_PATCHES)
    file(SHA256 ${p} p_sha)
    string(APPEND freexl_stamp_text " ${p_sha}")
endforeach()
set(freexl_stamp ${freexl_dir}/patched.stamp)
set(freexl_stamp_old "")
if(EXISTS ${freexl_stamp})
    file(READ ${freexl_stamp} freexl_stamp_old)
endif()
if(NOT freexl_stamp_old STREQUAL freexl_stamp_text OR NOT EXISTS ${freexl_src}/src/freexl.c)
    find_program(LENGKAP_PATCH_PROGRAM patch REQUIRED)
    file(REMOVE_RECURSE ${freexl_src})
    file(ARCHIVE_EXTRACT INPUT ${freexl_tarball} DESTINATION ${freexl_dir})
    foreach(p IN LISTS LENGKAP_FREEXL_PATCHES)
        execute_process(COMMAND ${LENGKAP_PATCH_PROGRAM} -p1 --forward --batch -i ${p}
                        WORKING_DIRECTORY ${freexl_src} RESULT_VARIABLE patch_result
                        OUTPUT_VARIABLE patch_output ERROR_VARIABLE patch_output)
        if(NOT patch_result EQUAL 0)
            message(FATAL_ERROR "FreeXL: ${p} does not apply: ${patch_output}")
        endif()
    endforeach()
    file(WRITE ${freexl_src}/config.h "#define VERSION \"${LENGKAP_FREEXL_VERSION}\"\n")
    file(WRITE ${freexl_stamp} "${freexl_stamp_text}")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${LENGKAP_FREEXL_PATCHES})

add_library(lengkap_freexl STATIC ${freexl_src}/src/freexl.c)
target_include_directories(lengkap_freexl PRIVATE ${freexl_src} PUBLIC ${freexl_src}/headers)
set_target_properties(lengkap_freexl PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
# Third-party code: its warnings are not ours to fix (and must not break the -Werror build).
target_compile_options(lengkap_freexl PRIVATE -w)
target_link_libraries(lengkap_freexl PUBLIC m)
