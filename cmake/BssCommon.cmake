# One INTERFACE target carries the language standard, the warnings and the strict Qt macros;
# every library and executable of the project links it.
add_library(bss_common INTERFACE)
target_compile_features(bss_common INTERFACE cxx_std_20)
set_target_properties(bss_common PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_definitions(bss_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(bss_common INTERFACE -Wall -Wextra -pedantic)
    if(BSS_WERROR)
        target_compile_options(bss_common INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(bss_common INTERFACE /W4 /permissive- /Zc:__cplusplus)
    if(BSS_WERROR)
        target_compile_options(bss_common INTERFACE /WX)
    endif()
endif()

# bss_add_library(name SOURCES ... PUBLIC_LIBS ... PRIVATE_LIBS ...): one static library per
# folder (layer). A library sees only its own headers and those of the libraries it links: each
# library exposes its folder under an include root of its own (build/include/<name>/<folder>, a
# link to the sources), so an #include that reaches up the layers (a service including a backend
# header, the UI including the store) does not compile. Tests see the whole tree
# (bss_add_test_library).
function(bss_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    set(root ${PROJECT_BINARY_DIR}/include/${name})
    get_filename_component(parent ${root}/${folder} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    # Made anew at every configure, so a build folder follows a source tree that moved.
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${folder} SYMBOLIC)
    target_include_directories(${name} PUBLIC ${root})
    target_link_libraries(${name} PUBLIC bss_common ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
endfunction()

# bss_add_test_library(name SOURCES ... PUBLIC_LIBS ...): test support code, which may include
# anything in the tree.
function(bss_add_test_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC bss_common ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
endfunction()

# BSS_VERSION and BSS_COMMIT for the two programs (--version, Help > About): the header
# build/include/bss_version/BssVersion.h, written at every build by cmake/WriteVersion.cmake.
set(BSS_VERSION_HEADER ${PROJECT_BINARY_DIR}/include/bss_version/BssVersion.h)
add_custom_target(bss_version_header
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUT=${BSS_VERSION_HEADER}
            -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/WriteVersion.cmake
    BYPRODUCTS ${BSS_VERSION_HEADER}
    COMMENT "Version and commit")
add_library(bss_version INTERFACE)
add_dependencies(bss_version bss_version_header)
target_include_directories(bss_version INTERFACE ${PROJECT_BINARY_DIR}/include/bss_version)
