/// The version `relgraph --version` prints.
public enum RelGraphVersion {
    public static let string = "0.1.0"
}
