/**
 * Test kit for plugin authors: {@link dev.cutroom.plugin.testkit.TestMedia} makes small videos with known cuts
 * and motion, {@link dev.cutroom.plugin.testkit.PluginTestKit} runs a plugin found on the test class path
 * through the real host (descriptor checks, parameter binding, media access, result validation) and returns a
 * {@link dev.cutroom.plugin.testkit.PluginRun} to assert on. Add it with {@code <scope>test</scope>}; see
 * {@code docs/PLUGINS.md} and the example plugin in {@code plugins/example-shotcut}.
 */
package dev.cutroom.plugin.testkit;
