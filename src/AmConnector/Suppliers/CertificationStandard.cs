namespace AmConnector.Suppliers;

public enum CertificationStandard
{
    Iso9001,
    Iso13485,
    /// <summary>cGMP, 21 CFR 210/211.</summary>
    Cgmp21Cfr210211,
    /// <summary>Quality System Regulation, 21 CFR 820.</summary>
    Qsr21Cfr820,
    EuGmp,
    Other,
}
