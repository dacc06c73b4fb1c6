package org.openmrs.module.boundaries.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

public class SessionCookieTest {

	private final MockHttpServletRequest request = new MockHttpServletRequest();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	public void theContainersSessionCookieGetsSameSiteLaxAndOtherCookiesAreKept() {
		response.addHeader("Set-Cookie", "other=1; Path=/");
		response.addHeader("Set-Cookie", "JSESSIONID=ABC; Path=/openmrs; HttpOnly");

		SessionCookie.markSameSite(request, response);

		assertEquals(Arrays.asList("other=1; Path=/", "JSESSIONID=ABC; Path=/openmrs; HttpOnly; SameSite=Lax"),
		    response.getHeaders("Set-Cookie"));
	}

	@Test
	public void aPolicyTheServerAlreadySetIsLeftAsItIs() {
		response.addHeader("Set-Cookie", "JSESSIONID=ABC; Path=/openmrs; HttpOnly; SameSite=Strict");

		SessionCookie.markSameSite(request, response);

		assertEquals(Arrays.asList("JSESSIONID=ABC; Path=/openmrs; HttpOnly; SameSite=Strict"),
		    response.getHeaders("Set-Cookie"));
	}

	@Test
	public void aResponseWithoutASessionCookieIsUntouched() {
		SessionCookie.markSameSite(request, response);

		assertEquals(0, response.getHeaders("Set-Cookie").size());
	}
}
