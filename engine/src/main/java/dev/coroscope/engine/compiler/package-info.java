/**
 * The compiler: {@link dev.coroscope.engine.compiler.Symtable} decides the scope of every name,
 * {@link dev.coroscope.engine.compiler.Compiler} turns the AST into instructions modelled on CPython
 * 3.11's bytecode ({@link dev.coroscope.engine.compiler.Opcode}), and
 * {@link dev.coroscope.engine.compiler.Assembler} computes stack depths and the exception table and
 * builds the {@link dev.coroscope.engine.runtime.PyCode}. {@link dev.coroscope.engine.compiler.Disassembler}
 * prints code objects for tests. {@link dev.coroscope.engine.compiler.Superinstructions} makes the
 * copy of a code object's instructions the interpreter loop runs, with some pairs fused. {@link dev.coroscope.engine.compiler.LibraryCache} gives the code of
 * the bundled library modules from the compiled-library cache (format
 * {@link dev.coroscope.engine.compiler.CodeFile}, written at build time by
 * {@link dev.coroscope.engine.compiler.LibraryCacheBuilder}) or, when that is missing or stale, by
 * compiling their source.
 */
package dev.coroscope.engine.compiler;
