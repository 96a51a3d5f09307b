# asirace-cli holds none of the window's code: no symbol of MainWindow, the
# document, its commands, the controllers or the job runner (app/, the
# asirace_app library). The same pattern must find them in the GUI binary, so a
# broken pattern or an unreadable binary fails instead of passing.
# Usage: cmake -DNM=nm -DCLI=path/asirace-cli -DGUI=path/asirace -P check_cli_links.cmake
set(window_code "asirace::(MainWindow|ScenarioDocument|DocumentCommand|JobRunner|[A-Za-z]+Controller)::[A-Za-z_~]+")

function(symbols_of binary out)
    execute_process(COMMAND ${NM} -C ${binary} OUTPUT_VARIABLE text ERROR_VARIABLE error RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${NM} -C ${binary} failed (${rc}): ${error}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

symbols_of(${GUI} gui)
string(REGEX MATCH "${window_code}" found "${gui}")
if(NOT found)
    message(FATAL_ERROR "no window code found in ${GUI}: the pattern is broken")
endif()

symbols_of(${CLI} cli)
string(REGEX MATCHALL "${window_code}" leaked "${cli}")
if(leaked)
    list(REMOVE_DUPLICATES leaked)
    message(FATAL_ERROR "asirace-cli contains window code: ${leaked}")
endif()
message(STATUS "asirace-cli: no window code (GUI has e.g. ${found})")
