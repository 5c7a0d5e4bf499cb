// The latest-materialization fields every asset view shows, as one fragment used by each query.
export const ASSET_LATEST_INFO_FIELDS = /* GraphQL */ `
  fragment AssetLatestInfoFields on AssetLatestInfo {
    state
    lastMaterializationTimestamp
    lastMaterializationRunId
    lastFailureTimestamp
    lastFailureRunId
  }
`;
