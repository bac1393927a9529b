using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

/// <summary>Every public entry rejects invalid input with the documented exception type and ParamName.</summary>
public sealed class InvalidInputTests
{
    private static readonly Matrix<double> NotPositiveDefinite = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, 1 } });
    private static readonly Matrix<double> Asymmetric = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0.5 }, { 0, 1 } });
    private static readonly Vector<double> Two = Vector<double>.Build.Dense(2);
    private static readonly MultivariateGaussian Standard2 = new(Two, Matrix<double>.Build.DenseIdentity(2));

    private static readonly Dictionary<string, (Action Act, Type Exception, string Param)> Cases = new()
    {
        ["Bernoulli p > 1"] = (() => _ = new Bernoulli(1.5), typeof(ArgumentOutOfRangeException), "p"),
        ["Bernoulli p NaN"] = (() => _ = new Bernoulli(double.NaN), typeof(ArgumentOutOfRangeException), "p"),
        ["Bernoulli x = 2"] = (() => new Bernoulli(0.5).LogProbability(2), typeof(ArgumentOutOfRangeException), "x"),
        ["Bernoulli rng null"] = (() => new Bernoulli(0.5).Sample(null!), typeof(ArgumentNullException), "rng"),
        ["Bernoulli count < 0"] = (() => new Bernoulli(0.5).Sample(-1, 0), typeof(ArgumentOutOfRangeException), "count"),
        ["Categorical empty"] = (() => _ = new Categorical([]), typeof(ArgumentException), "probabilities"),
        ["Categorical negative"] = (() => _ = new Categorical([-0.1, 1.1]), typeof(ArgumentOutOfRangeException), "probabilities"),
        ["Categorical sum ≠ 1"] = (() => _ = new Categorical([0.2, 0.2]), typeof(ArgumentException), "probabilities"),
        ["Categorical null"] = (() => _ = new Categorical(null!), typeof(ArgumentNullException), "probabilities"),
        ["Categorical k out of range"] = (() => new Categorical([0.5, 0.5]).LogProbability(2), typeof(ArgumentOutOfRangeException), "k"),
        ["Categorical count < 0"] = (() => new Categorical([1]).Sample(-1, 0), typeof(ArgumentOutOfRangeException), "count"),
        ["Binomial trials < 0"] = (() => _ = new Binomial(-1, 0.5), typeof(ArgumentOutOfRangeException), "trials"),
        ["Binomial p < 0"] = (() => _ = new Binomial(3, -0.5), typeof(ArgumentOutOfRangeException), "p"),
        ["Binomial rng null"] = (() => new Binomial(3, 0.5).Sample(null!), typeof(ArgumentNullException), "rng"),
        ["Poisson rate < 0"] = (() => _ = new Poisson(-1), typeof(ArgumentOutOfRangeException), "rate"),
        ["Poisson rate ∞"] = (() => _ = new Poisson(double.PositiveInfinity), typeof(ArgumentOutOfRangeException), "rate"),
        ["Poisson count < 0"] = (() => new Poisson(1).Sample(-2, 0), typeof(ArgumentOutOfRangeException), "count"),
        ["Gaussian variance 0"] = (() => _ = new Gaussian(0, 0), typeof(ArgumentOutOfRangeException), "variance"),
        ["Gaussian mean NaN"] = (() => _ = new Gaussian(double.NaN, 1), typeof(ArgumentOutOfRangeException), "mean"),
        ["Gaussian precision < 0"] = (() => Gaussian.FromPrecision(0, -1), typeof(ArgumentOutOfRangeException), "precision"),
        ["Gaussian KL other null"] = (() => Gaussian.Standard.KullbackLeibler(null!), typeof(ArgumentNullException), "other"),
        ["Gaussian rng null"] = (() => Gaussian.Standard.Sample(null!), typeof(ArgumentNullException), "rng"),
        ["Gaussian count < 0"] = (() => Gaussian.Standard.Sample(-1, 0), typeof(ArgumentOutOfRangeException), "count"),
        ["StandardNormal quantile 1"] = (() => StandardNormal.Quantile(1), typeof(ArgumentOutOfRangeException), "probability"),
        ["MVN mean null"] = (() => _ = new MultivariateGaussian(null!, Matrix<double>.Build.DenseIdentity(2)), typeof(ArgumentNullException), "mean"),
        ["MVN covariance shape"] = (() => _ = new MultivariateGaussian(Two, Matrix<double>.Build.DenseIdentity(3)), typeof(ArgumentException), "covariance"),
        ["MVN covariance not PD"] = (() => _ = new MultivariateGaussian(Two, NotPositiveDefinite), typeof(MlDerivations.LinearAlgebra.NotPositiveDefiniteException), "covariance"),
        ["MVN covariance asymmetric"] = (() => _ = new MultivariateGaussian(Two, Asymmetric), typeof(ArgumentException), "covariance"),
        ["MVN mean NaN"] = (() => _ = new MultivariateGaussian(Vector<double>.Build.Dense(2, double.NaN), Matrix<double>.Build.DenseIdentity(2)), typeof(ArgumentException), "mean"),
        ["MVN x length"] = (() => Standard2.LogDensity(Vector<double>.Build.Dense(3)), typeof(ArgumentException), "x"),
        ["MVN KL dimension"] = (() => Standard2.KullbackLeibler(new MultivariateGaussian(Vector<double>.Build.Dense(1), Matrix<double>.Build.DenseIdentity(1))), typeof(ArgumentException), "other"),
        ["MVN count < 0"] = (() => Standard2.Sample(-1, 0), typeof(ArgumentOutOfRangeException), "count"),
        ["Beta alpha 0"] = (() => _ = new Beta(0, 1), typeof(ArgumentOutOfRangeException), "alpha"),
        ["Beta beta < 0"] = (() => _ = new Beta(1, -1), typeof(ArgumentOutOfRangeException), "beta"),
        ["Beta rng null"] = (() => new Beta(1, 1).Sample(null!), typeof(ArgumentNullException), "rng"),
        ["Gamma shape 0"] = (() => _ = new Gamma(0, 1), typeof(ArgumentOutOfRangeException), "shape"),
        ["Gamma rate NaN"] = (() => _ = new Gamma(1, double.NaN), typeof(ArgumentOutOfRangeException), "rate"),
        ["Gamma count < 0"] = (() => new Gamma(1, 1).Sample(-1, 0), typeof(ArgumentOutOfRangeException), "count"),
        ["Dirichlet one value"] = (() => _ = new Dirichlet([1]), typeof(ArgumentException), "concentration"),
        ["Dirichlet zero"] = (() => _ = new Dirichlet([1, 0]), typeof(ArgumentOutOfRangeException), "concentration"),
        ["Dirichlet x length"] = (() => new Dirichlet([1, 1]).LogDensity([1.0]), typeof(ArgumentException), "x"),
        ["Dirichlet count < 0"] = (() => new Dirichlet([1, 1]).Sample(-1, 0), typeof(ArgumentOutOfRangeException), "count"),
        ["StudentT dof 0"] = (() => _ = new StudentT(0), typeof(ArgumentOutOfRangeException), "degreesOfFreedom"),
        ["StudentT scale < 0"] = (() => _ = new StudentT(3, 0, -1), typeof(ArgumentOutOfRangeException), "scale"),
        ["StudentT location ∞"] = (() => _ = new StudentT(3, double.NegativeInfinity), typeof(ArgumentOutOfRangeException), "location"),
        ["NormalGamma kappa 0"] = (() => _ = new NormalGamma(0, 0, 1, 1), typeof(ArgumentOutOfRangeException), "precisionScale"),
        ["NormalGamma shape < 0"] = (() => _ = new NormalGamma(0, 1, -1, 1), typeof(ArgumentOutOfRangeException), "shape"),
        ["NormalGamma rate 0"] = (() => _ = new NormalGamma(0, 1, 1, 0), typeof(ArgumentOutOfRangeException), "rate"),
        ["NormalGamma location NaN"] = (() => _ = new NormalGamma(double.NaN, 1, 1, 1), typeof(ArgumentOutOfRangeException), "location"),
        ["Estimators empty"] = (() => Estimators.GaussianMean([]), typeof(ArgumentException), "x"),
        ["Estimators NaN"] = (() => Estimators.GaussianVariance([1, double.NaN]), typeof(ArgumentException), "x"),
        ["Estimators null"] = (() => Estimators.GaussianMean(null!), typeof(ArgumentNullException), "x"),
        ["Estimators Bernoulli 2"] = (() => Estimators.Bernoulli([0, 2]), typeof(ArgumentOutOfRangeException), "outcomes"),
        ["Estimators Poisson negative"] = (() => Estimators.Poisson([-1]), typeof(ArgumentOutOfRangeException), "counts"),
        ["Estimators exponential negative"] = (() => Estimators.ExponentialRate([1, -2]), typeof(ArgumentOutOfRangeException), "x"),
        ["Estimators exponential all zero"] = (() => Estimators.ExponentialRate([0, 0]), typeof(ArgumentException), "x"),
        ["Estimators exponential empty"] = (() => Estimators.ExponentialRate([]), typeof(ArgumentException), "x"),
        ["Estimators categorical K 0"] = (() => Estimators.Categorical([0], 0), typeof(ArgumentOutOfRangeException), "categories"),
        ["Estimators categorical outcome ≥ K"] = (() => Estimators.Categorical([0, 3], 3), typeof(ArgumentOutOfRangeException), "outcomes"),
        ["Conjugate Beta prior null"] = (() => Conjugate.BetaBernoulli(null!, [1]), typeof(ArgumentNullException), "prior"),
        ["Conjugate Beta outcomes empty"] = (() => Conjugate.BetaBernoulli(new Beta(1, 1), []), typeof(ArgumentException), "outcomes"),
        ["Conjugate Dirichlet outcome ≥ K"] = (() => Conjugate.DirichletCategorical(new Dirichlet([1, 1]), [2]), typeof(ArgumentOutOfRangeException), "outcomes"),
        ["Conjugate NormalNormal noise 0"] = (() => Conjugate.NormalNormal(Gaussian.Standard, 0, [1.0]), typeof(ArgumentOutOfRangeException), "noiseVariance"),
        ["Conjugate NormalNormal x null"] = (() => Conjugate.NormalNormal(Gaussian.Standard, 1, null!), typeof(ArgumentNullException), "x"),
        ["Conjugate NormalGamma x empty"] = (() => Conjugate.NormalGamma(new NormalGamma(0, 1, 1, 1), []), typeof(ArgumentException), "x"),
        ["Fisher Bernoulli p 0"] = (() => FisherInformation.Bernoulli(0), typeof(ArgumentOutOfRangeException), "p"),
        ["Fisher Bernoulli score x"] = (() => FisherInformation.BernoulliScore(0.5, 3), typeof(ArgumentOutOfRangeException), "x"),
        ["Fisher Poisson rate 0"] = (() => FisherInformation.Poisson(0), typeof(ArgumentOutOfRangeException), "rate"),
        ["Fisher Poisson score k"] = (() => FisherInformation.PoissonScore(1, -1), typeof(ArgumentOutOfRangeException), "k"),
        ["Fisher Gaussian mean variance"] = (() => FisherInformation.GaussianMean(-1), typeof(ArgumentOutOfRangeException), "variance"),
        ["Fisher Gaussian variance variance"] = (() => FisherInformation.GaussianVariance(0), typeof(ArgumentOutOfRangeException), "variance"),
        ["Fisher mean score mean"] = (() => FisherInformation.GaussianMeanScore(double.NaN, 1, 0), typeof(ArgumentOutOfRangeException), "mean"),
        ["Fisher variance score variance"] = (() => FisherInformation.GaussianVarianceScore(0, 0, 0), typeof(ArgumentOutOfRangeException), "variance"),
        ["Fisher exponential rate 0"] = (() => FisherInformation.ExponentialRate(0), typeof(ArgumentOutOfRangeException), "rate"),
        ["Fisher exponential score x negative"] = (() => FisherInformation.ExponentialRateScore(1, -0.5), typeof(ArgumentOutOfRangeException), "x"),
        ["Fisher exponential score rate ∞"] = (() => FisherInformation.ExponentialRateScore(double.PositiveInfinity, 1), typeof(ArgumentOutOfRangeException), "rate"),
        ["Cramér–Rao n 0"] = (() => FisherInformation.CramerRaoBound(1, 0), typeof(ArgumentOutOfRangeException), "n"),
        ["Cramér–Rao information 0"] = (() => FisherInformation.CramerRaoBound(0, 1), typeof(ArgumentOutOfRangeException), "information"),
        ["Entropy sum ≠ 1"] = (() => InformationTheory.Entropy([0.5, 0.6]), typeof(ArgumentException), "p"),
        ["Entropy log base 1"] = (() => InformationTheory.Entropy([1], 1), typeof(ArgumentOutOfRangeException), "logBase"),
        ["Cross-entropy lengths"] = (() => InformationTheory.CrossEntropy([1], [0.5, 0.5]), typeof(ArgumentException), "q"),
        ["KL q negative"] = (() => InformationTheory.KullbackLeibler([0.5, 0.5], [1.5, -0.5]), typeof(ArgumentOutOfRangeException), "q"),
        ["KL p null"] = (() => InformationTheory.KullbackLeibler(null!, [1]), typeof(ArgumentNullException), "p"),
        ["KS empty"] = (() => KolmogorovSmirnov.Distance([], StandardNormal.Cdf), typeof(ArgumentException), "sample"),
        ["KS cdf null"] = (() => KolmogorovSmirnov.Distance([1.0], null!), typeof(ArgumentNullException), "cdf"),
        ["KS cdf out of [0, 1]"] = (() => KolmogorovSmirnov.Distance([1.0], x => 2), typeof(ArgumentException), "cdf"),
        ["Grid one point"] = (() => GridPosterior.Compute([1.0], t => 0, t => 0), typeof(ArgumentException), "grid"),
        ["Grid decreasing"] = (() => GridPosterior.Compute([1.0, 0.5], t => 0, t => 0), typeof(ArgumentException), "grid"),
        ["Grid prior null"] = (() => GridPosterior.Compute([0.0, 1.0], null!, t => 0), typeof(ArgumentNullException), "logPrior"),
        ["Grid likelihood null"] = (() => GridPosterior.Compute([0.0, 1.0], t => 0, null!), typeof(ArgumentNullException), "logLikelihood"),
        ["Grid posterior NaN"] = (() => GridPosterior.Compute([0.0, 1.0], t => double.NaN, t => 0), typeof(ArgumentException), "logPrior"),
        ["Grid posterior zero everywhere"] = (() => GridPosterior.Compute([0.0, 1.0], t => double.NegativeInfinity, t => 0), typeof(ArgumentException), "logPrior"),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void InvalidInput_ThrowsTheDocumentedExceptionNamingTheParameter(string name)
    {
        var (act, type, param) = Cases[name];
        InvalidInputAssert.Throws(act, type, param);
    }
}
