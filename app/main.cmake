# The desktop executable: command line, settings, translations and wiring. Included from
# app/CMakeLists.txt; needs the bss_ui library (ui/), which is added after app/.
add_executable(bssdesk ${CMAKE_CURRENT_LIST_DIR}/main.cpp
    ${CMAKE_CURRENT_LIST_DIR}/desktop/CommandLine.h ${CMAKE_CURRENT_LIST_DIR}/desktop/CommandLine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/desktop/DesktopLauncher.h
    ${CMAKE_CURRENT_LIST_DIR}/desktop/DesktopLauncher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/desktop/Screenshot.h ${CMAKE_CURRENT_LIST_DIR}/desktop/Screenshot.cpp)
# The executable is the top of the layers: it wires them all together.
target_include_directories(bssdesk PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(bssdesk PRIVATE bss_common bss_ui bss_backend bss_store Qt6::Widgets)
set_target_properties(bssdesk PROPERTIES WIN32_EXECUTABLE ON MACOSX_BUNDLE ON)
install(TARGETS bssdesk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT client
        BUNDLE DESTINATION . COMPONENT client)
target_link_libraries(bssdesk PRIVATE bss_version)
