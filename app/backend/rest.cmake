# RestBackend and the JSON codec it shares with bssdesk-server (included by CMakeLists.txt here).
target_sources(bss_backend PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/JsonCodec.h ${CMAKE_CURRENT_LIST_DIR}/JsonCodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonCodecDecode.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonCodecRequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonReader.h
    ${CMAKE_CURRENT_LIST_DIR}/RestBackend.h ${CMAKE_CURRENT_LIST_DIR}/RestBackend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RestBackendUsers.cpp ${CMAKE_CURRENT_LIST_DIR}/RestTransport.cpp)
target_link_libraries(bss_backend PUBLIC Qt6::Network)
