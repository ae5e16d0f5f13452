/**
 * The plan register: every place-bound fact of the plan, each with its citation.
 * Records here mirror the JSON files in {@code data/} one to one (snake_case names on disk).
 */
package cn.yangquan.atlas.model.register;
