package org.openmrs.api.handler;

import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.util.Date;
import java.util.UUID;

import org.openmrs.OpenmrsObject;
import org.openmrs.User;
import org.openmrs.Voidable;
import org.openmrs.annotation.AllowEmptyStrings;
import org.openmrs.annotation.AllowLeadingOrTrailingWhitespace;
import org.openmrs.annotation.Handler;
import org.openmrs.api.APIException;
import org.springframework.beans.BeanUtils;

/**
 * Stand-in for {@code org.openmrs.api.handler.OpenmrsObjectSaveHandler}: gives the object a uuid if it has none,
 * trims its String properties and turns empty ones into null (kept on a voided object), unless the setter
 * says otherwise with {@code @AllowLeadingOrTrailingWhitespace} / {@code @AllowEmptyStrings}.
 */
@Handler(supports = OpenmrsObject.class)
public class OpenmrsObjectSaveHandler implements SaveHandler<OpenmrsObject> {

	@Override
	public void handle(OpenmrsObject openmrsObject, User creator, Date dateCreated, String reason) {
		if (openmrsObject.getUuid() == null) {
			openmrsObject.setUuid(UUID.randomUUID().toString());
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(openmrsObject.getClass())) {
			if (!String.class.equals(property.getPropertyType()) || property.getWriteMethod() == null
			        || property.getReadMethod() == null) {
				continue;
			}
			if (property.getWriteMethod().getAnnotation(Deprecated.class) != null
			        || property.getReadMethod().getAnnotation(Deprecated.class) != null) {
				continue;
			}
			try {
				Object value = property.getReadMethod().invoke(openmrsObject);
				if (value == null) {
					continue;
				}
				String trimmed = (String) value;
				if (property.getWriteMethod().getAnnotation(AllowLeadingOrTrailingWhitespace.class) == null) {
					trimmed = trimmed.trim();
					if (!trimmed.equals(value)) {
						property.getWriteMethod().invoke(openmrsObject, trimmed);
					}
				}
				if (property.getWriteMethod().getAnnotation(AllowEmptyStrings.class) != null) {
					continue;
				}
				if ("".equals(trimmed) && !(openmrsObject instanceof Voidable && ((Voidable) openmrsObject).getVoided())) {
					property.getWriteMethod().invoke(openmrsObject, (Object) null);
				}
			}
			catch (InvocationTargetException ex) {
				// a property that cannot be read or written (e.g. throws UnsupportedOperationException) is skipped
			}
			catch (Exception ex) {
				throw new APIException("failed.change.property.value", new Object[] { property.getName() }, ex);
			}
		}
	}
}
