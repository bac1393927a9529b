namespace MlDerivations.Tests.Probability;

/// <summary>The one check every invalid-input table makes: the exception type, the ParamName and the message's rule shape.</summary>
internal static class InvalidInputAssert
{
    public static void Throws(Action act, Type exception, string parameter)
    {
        var e = Assert.Throws(exception, act);
        Assert.Equal(parameter, ((ArgumentException)e).ParamName);
        Assert.Matches(@"^\w+\.\w+ must .+; got .+\.", e.Message);
    }
}
