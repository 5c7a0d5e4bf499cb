// The asset selection syntax shared by the console, the GraphQL API and the CLI (`group:x`, `tag:k=v`, `+key`, `key+2`).
export { SELECTION_ATTRIBUTES, type SelectionAst, type SelectionAttribute, type TraversalDepth } from "./ast";
export { type SelectAssetsResult, selectAssets, selectAssetsByAst } from "./evaluate";
export { MAX_SELECTION_NESTING, type ParseSelectionResult, parseSelection } from "./parse";
export { printSelection } from "./print";
export { SelectionSyntaxError } from "./syntaxError";
