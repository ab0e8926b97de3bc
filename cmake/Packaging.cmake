# What `cmake --install` puts where the platform expects it, and the packages CPack makes of
# it: on Linux two Debian packages (bssdesk, the desktop client; bssdesk-server, the REST server
# as a system service), on Windows an installer (docs/windows.md).
#   cmake --build build --target package      # build/bssdesk_*.deb, build/bssdesk-server_*.deb
# The install components: `client` and `server`.

if(UNIX AND NOT APPLE)
    # The server as a service: the systemd unit, an example configuration that the unit reads.
    install(FILES ${PROJECT_SOURCE_DIR}/deploy/systemd/bssdesk-server.service
            DESTINATION lib/systemd/system COMPONENT server)
    # /etc whatever the prefix: where the unit reads it (a conffile of the package).
    install(FILES ${PROJECT_SOURCE_DIR}/deploy/bssdesk-server.conf DESTINATION /etc/bssdesk
            COMPONENT server)

    # A manual page for each program, made from its --help and --version (the option parser is
    # the one source) by help2man, compressed as Debian wants them.
    find_program(BSS_HELP2MAN help2man)
    find_program(BSS_GZIP gzip)
    if(BSS_HELP2MAN AND BSS_GZIP)
        set(man_pages)
        foreach(program IN ITEMS bssdesk bssdesk-server)
            if(program STREQUAL "bssdesk" AND NOT BSS_BUILD_UI)
                continue()
            endif()
            if(program STREQUAL "bssdesk")
                set(name "desktop back office for a cloud-services marketplace")
                set(component client)
            else()
                set(name "REST server of BSS Desk for teams, on SQLite or PostgreSQL")
                set(component server)
            endif()
            set(page ${PROJECT_BINARY_DIR}/man/${program}.1)
            add_custom_command(OUTPUT ${page}.gz
                COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
                COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
                        ${BSS_HELP2MAN} --no-info --name=${name}
                        --output=${page} $<TARGET_FILE:${program}>
                COMMAND ${BSS_GZIP} -9nf ${page}
                DEPENDS ${program}
                COMMENT "Manual page of ${program}")
            list(APPEND man_pages ${page}.gz)
            install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
                    COMPONENT ${component})
        endforeach()
        add_custom_target(bss_man_pages ALL DEPENDS ${man_pages})
    else()
        message(STATUS "help2man or gzip not found: no manual pages (Debian: apt install help2man)")
    endif()

    # Each package's copyright and changelog, where Debian wants them.
    set(changelog ${PROJECT_BINARY_DIR}/debian-changelog)
    string(TIMESTAMP changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
    foreach(package IN ITEMS bssdesk bssdesk-server)
        file(WRITE ${changelog}/${package}/changelog
             "${package} (${PROJECT_VERSION}) stable; urgency=medium\n\n"
             "  * Release ${PROJECT_VERSION}.\n\n"
             " -- BSS Desk <packages@bssdesk.com>  ${changelog_date}\n")
        add_custom_command(OUTPUT ${changelog}/${package}/changelog.gz
            COMMAND ${BSS_GZIP} -9nkf ${changelog}/${package}/changelog
            COMMENT "Debian changelog of ${package}")
        list(APPEND changelogs ${changelog}/${package}/changelog.gz)
        if(package STREQUAL "bssdesk")
            set(component client)
        else()
            set(component server)
        endif()
        install(FILES ${PROJECT_SOURCE_DIR}/deploy/debian/copyright
                      ${changelog}/${package}/changelog.gz
                DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
    endforeach()
    add_custom_target(bss_debian_changelogs ALL DEPENDS ${changelogs})
endif()

if(WIN32)
    # Qt's libraries, plugins and translations beside bssdesk.exe (windeployqt's work).
    qt_generate_deploy_app_script(TARGET bssdesk OUTPUT_SCRIPT bss_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${bss_deploy_script} COMPONENT client)
endif()

set(CPACK_PACKAGE_NAME bssdesk)
set(CPACK_PACKAGE_VENDOR "BSS Desk")
set(CPACK_PACKAGE_CONTACT "BSS Desk <packages@bssdesk.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# No CPACK_PACKAGE_DESCRIPTION_SUMMARY: each package's description starts with its own synopsis.
set(CPACK_PACKAGE_HOMEPAGE_URL "https://bssdesk.com")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "BSS Desk")
set(CPACK_PACKAGE_EXECUTABLES bssdesk "BSS Desk")
set(CPACK_COMPONENTS_ALL client server)
set(CPACK_STRIP_FILES ON) # the build keeps its debug information; the packages do not
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "BSS Desk")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "BSS Desk server")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "BSS Desk")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
    set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME bssdesk)
    set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION x11)
    # Qt loads these as plugins: dpkg-shlibdeps cannot see them.
    set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, qt6-qpa-plugins")
    set(CPACK_DEBIAN_CLIENT_DESCRIPTION "Back office for a cloud-services marketplace
Accounts with their provisioning sync status per platform and Sync
Options, orders with Execute that generates subscriptions, and the
customer's Storefront; on its own store or through a team's server.")
    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME bssdesk-server)
    set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser")
    set(CPACK_DEBIAN_SERVER_DESCRIPTION "REST server of BSS Desk for teams
The same rules as the desktop client, over SQLite or PostgreSQL, as a
system service (bssdesk-server.service) with its own user.")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
        ${PROJECT_BINARY_DIR}/debian-control/postinst ${PROJECT_BINARY_DIR}/debian-control/postrm
        ${PROJECT_BINARY_DIR}/debian-control/conffiles)
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # CPack takes the control files under their own names.
    file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/debian-control)
    foreach(pair IN ITEMS "server-postinst;postinst" "server-postrm;postrm"
                          "server-conffiles;conffiles")
        list(GET pair 0 from)
        list(GET pair 1 to)
        file(COPY_FILE ${PROJECT_SOURCE_DIR}/deploy/debian/${from}
             ${PROJECT_BINARY_DIR}/debian-control/${to})
    endforeach()
endif()
include(CPack)
