# Writes the man pages and shell completions into OUT by running the built
# binary SCIP (`scip manpage`, `scip completion SHELL`), so they come from the
# same option definitions and message table as --help. Run by the build.
#   OUT/man/man1/scip.1.gz, OUT/man/zh_CN/man1/scip.1.gz
#   OUT/bash-completion/completions/scip
#   OUT/zsh/vendor-completions/_scip
#   OUT/fish/vendor_completions.d/scip.fish
function(run_scip out)
  get_filename_component(dir ${out} DIRECTORY)
  file(MAKE_DIRECTORY ${dir})
  execute_process(COMMAND env -i PATH=$ENV{PATH} LANG=C.UTF-8 ${SCIP} ${ARGN} OUTPUT_FILE ${out}.tmp
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "scip ${ARGN} failed (${rc})")
  endif()
  file(RENAME ${out}.tmp ${out})
endfunction()

foreach(lang en zh)
  if(lang STREQUAL en)
    set(page ${OUT}/man/man1/scip.1)
  else()
    set(page ${OUT}/man/zh_CN/man1/scip.1)
  endif()
  run_scip(${page} --lang ${lang} manpage)
  # -n: no name or time stamp in the archive, so the package is reproducible.
  execute_process(COMMAND gzip -9nf ${page} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${page} failed")
  endif()
endforeach()
run_scip(${OUT}/bash-completion/completions/scip completion bash)
run_scip(${OUT}/zsh/vendor-completions/_scip completion zsh)
run_scip(${OUT}/fish/vendor_completions.d/scip.fish completion fish)
