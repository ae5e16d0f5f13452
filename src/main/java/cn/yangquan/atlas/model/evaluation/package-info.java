/**
 * The plan's 终期评估: every evaluable figure (表1, 表2 and the register's targets), the actual values a planner
 * enters against them, the status rules that judge each figure, and the summaries and map built from the results.
 * Pure model: no files, no drawing, no window.
 */
package cn.yangquan.atlas.model.evaluation;
