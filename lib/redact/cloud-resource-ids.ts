/**
 * AWS resource ids (`vpc-0a1b2c3d4e5f60718`, `subnet-…`, `sg-…`, `i-…`, `ami-…`): a type prefix and 8 or 17 hex
 * digits. They name a network, an instance or an image in an account and open nothing; stack outputs, Terraform
 * state and CLI answers are full of them. The prefix and the hex length together make the format.
 */
const AWS_RESOURCE_ID =
  /^(?:vpc|subnet|sg|i|ami|vol|snap|eni|igw|nat|rtb|acl|eipalloc|eipassoc|lt|tgw|tgw-attach|vpce|pcx|dopt|cgw|vgw|fs|fsmt|elb|db|r|sir|aki|ari)-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/**
 * BJ's round: Oracle Cloud's resource ids (`ocid1.<type>.oc1.<region>.<unique part>`): "ocid1", the resource's type,
 * the realm and the region, dotted, then the unique part. They name a vault's secret, a bucket or an instance, as an
 * ARN does, and open nothing alone; the fixed head makes the format.
 */
const OCI_RESOURCE_ID = /^ocid1\.[a-z0-9]{2,40}\.oc\d{1,2}\.[a-z0-9-]{0,40}\.[a-z0-9]{20,120}$/;

/** Whether a value is an AWS or Oracle Cloud resource id, as a whole. */
export function isCloudResourceId(value: string): boolean {
  return AWS_RESOURCE_ID.test(value) || OCI_RESOURCE_ID.test(value);
}
